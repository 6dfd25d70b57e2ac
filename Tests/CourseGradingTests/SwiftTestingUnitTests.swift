@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// The pure parts of Swift Testing support, from tables: framework detection, the `@Test` scanner, the
/// plain-words expectations, the generated main, and the board's per-argument verdicts.
final class SwiftTestingUnitTests: XCTestCase {
    typealias M = SuiteScanner.TestMethod

    func testFrameworkIsDetectedPerFileFromItsImports() {
        XCTAssertEqual(TestFramework.imported(by: "import XCTest\nfinal class T: XCTestCase {}"), [.xctest])
        XCTAssertEqual(TestFramework.imported(by: "@testable import Foundation\nimport Testing\n"), [.swiftTesting])
        XCTAssertEqual(TestFramework.imported(by: "import struct Testing.Test\nimport XCTest"), [.xctest, .swiftTesting])
        XCTAssertEqual(TestFramework.imported(by: "// import Testing\nlet s = \"import Testing\""), [])
        XCTAssertEqual(TestFramework.imported(by: "import TestingHelpers"), [])
    }

    func testScannerNamesTestsAsSwiftTestingDoes() {
        let source = """
            import Testing
            struct Outer { struct Inner {} }
            extension Outer.Inner {
                @Test func deep() {}
            }
            @Suite("Numbers") struct NumberTests {
                @Test("Doubles \\"every\\" value", arguments: [1, 2])
                func doubles(_ value: Int) {}
                @Test(.tags(.slow)) static func asStatic() async throws {}
                func helper() {}
                @Suite struct Nested {
                    @Test(arguments: [1], ["a"]) func pairs(n: Int, with text: String) {}
                    @Test func generic<T>() {}
                    @Test(arguments: [{ (x: Int) -> Int in x }]) func closures(f: @Sendable (Int) -> Int) {}
                }
            }
            @Test func free() {}
            final class NotASuite: XCTestCase { func testIgnored() {} }
            """
        let tests = SwiftTestingScanner.tests(in: [source])
        XCTAssertEqual(tests.map(\.id), [
            "Outer/Inner/deep()", "NumberTests/doubles(_:)", "NumberTests/asStatic()", "NumberTests/Nested/pairs(n:with:)",
            "NumberTests/Nested/generic()", "NumberTests/Nested/closures(f:)", "free()",
        ])
        XCTAssertEqual(tests.map(\.title), [
            "deep", "Doubles \"every\" value", "as static", "pairs", "generic", "closures", "free",
        ])
        XCTAssertTrue(tests.allSatisfy { $0.framework == .swiftTesting })
        XCTAssertEqual(SwiftTestingScanner.tests(in: [source.replacingOccurrences(of: "import Testing", with: "")]), [],
                       "a file that does not import Testing has no Swift Testing tests")
        XCTAssertEqual(SuiteScanner.testMethods(in: [source]).map(\.id), ["NotASuite/testIgnored"])
    }

    func testExpectationsReadInPlainWords() {
        let table: [(String, String, String)] = [
            ("Expectation failed: (twice(2) → 4) == 5", "", "Expected twice(2) to be 5, but it was 4."),
            ("Expectation failed: 5 == (twice(2) → 4)", "", "Expected twice(2) to be 5, but it was 4."),
            ("Expectation failed: (\"ab\".uppercased() → \"AB\") == \"Ab\"", "", "Expected \"ab\".uppercased() to be \"Ab\", but it was \"AB\"."),
            ("Expectation failed: (parsed → 0) == (count → 7)", "the count written in the text",
             "Expected parsed to equal count, but parsed was 0 and count was 7. - the count written in the text"),
            ("Expectation failed: ((s → [1]).count → 1) == 2", "", "Expected s.count to be 2, but it was 1."),
            ("Expectation failed: (parseLong(text, base: base) → .invalid) == (expected → .value(42))", "",
             "Expected parseLong(text, base: base) to be .value(42), but it was .invalid."),
            ("Expectation failed: (a → 3) < 2", "", "Expected a to be less than 2, but it was 3."),
            ("Expectation failed: (a → 3) >= (b → 4)", "", "Expected a to be at least b (4), but it was 3."),
            ("Expectation failed: (x → 4) != 4", "", "Expected x to be different from 4, but it was 4."),
            ("Expectation failed: (s → [1]).isEmpty → false", "", "Expected s.isEmpty to be true, but it was false."),
            ("Expectation failed: !((s → []).isEmpty → true → true)", "", "Expected s.isEmpty to be false, but it was true."),
            ("Expectation failed: v → nil", "", "Expected v to have a value, but it was nil."),
            ("Expectation failed: (x → []).first → nil → nil", "needs one", "Expected x.first to have a value, but it was nil. - needs one"),
            ("Expectation failed: expected error \".empty\" of type PE, but \".nan\" of type PE was thrown instead", "",
             "Expected error \".empty\" of type PE, but \".nan\" of type PE was thrown instead."),
            ("Expectation failed: try p(text) == Int(text)", "", "Expected try p(text) to be equal to Int(text), but it was not."),
            ("Expectation failed: an error was expected but none was thrown", "", "Expected an error to be thrown, but none was."),
            ("Expectation failed: an error was expected but none was thrown and \"0\" was returned", "",
             "Expected an error to be thrown, but none was: it returned \"0\"."),
            ("Expectation failed: an error was thrown when none was expected: \"E()\"", "", "Expected no error, but \"E()\" was thrown."),
            ("Expectation failed: ([2, 1] → [2, 1]) == ([1, 2] → [1, 2])", "difference: inserted [1], removed [1]",
             "Expected [2, 1] to equal [1, 2], but [2, 1] was [2, 1] and [1, 2] was [1, 2]. - difference: inserted [1], removed [1]"),
            ("Caught error: E()", "", "The test threw an error: E()"),
            ("Issue recorded", "plain record", "plain record"),
            ("Known issue was not recorded", "", "A known issue was expected (withKnownIssue), but it did not occur."),
            ("Expectation failed: something new", "", "Expectation failed: something new"),
            ("Something else entirely", "a comment", "Something else entirely - a comment"),
        ]
        for (summary, details, expected) in table {
            XCTAssertEqual(ExpectationWords.sentence(summary, details: details), expected, summary)
        }
    }

    func testMainRunsSwiftTestingThroughTheHarnessOnlyWhenTheSuiteHasSomeTests() {
        let harness = LinuxXCTestHarness()
        let xctest = M(className: "StackTests", methodName: "testPush", isAsync: false)
        let testing = M(className: "ParseTests", methodName: "reads(text:)", isAsync: false, framework: .swiftTesting)
        let plain = harness.mainSource(tests: [xctest], limits: HarnessLimits(cpuSeconds: 8))
        XCTAssertTrue(plain.contains("courseRun(__entries)"))
        XCTAssertFalse(plain.contains("await"), "an XCTest-only main stays synchronous")
        let mixed = harness.mainSource(tests: [xctest, testing], limits: HarnessLimits(cpuSeconds: 8))
        XCTAssertTrue(mixed.contains("await courseRunAll(__entries, testing: [\"ParseTests/reads(text:)\"], module: \"HiddenTests\")"), mixed)
        XCTAssertTrue(mixed.contains("(\"testPush\", StackTests.testPush),"))
        XCTAssertFalse(mixed.contains("ParseTests.reads"), "Swift Testing tests are not XCTest entries")
        let support = harness.supportSource()
        XCTAssertTrue(support.contains("dlsym(library, \"swt_abiv0_getEntryPoint\")"))
        XCTAssertTrue(support.contains(#"\"parallel\": false"#))
        XCTAssertTrue(support.contains(#"\"verbosity\": \(Int.min)"#), "the framework's console output is off")
        let testingOnly = harness.mainSource(tests: [testing], limits: HarnessLimits(cpuSeconds: 8))
        XCTAssertTrue(testingOnly.contains("await courseRunTesting(testing: [\"ParseTests/reads(text:)\"], module: \"HiddenTests\")"),
                      testingOnly)
        XCTAssertFalse(testingOnly.contains("XCTest"), "a Swift Testing-only program does not load XCTest")
        XCTAssertEqual(harness.supportDefines(tests: [testing]), ["COURSE_NO_XCTEST"])
        XCTAssertEqual(harness.supportDefines(tests: [xctest, testing]), [])
        XCTAssertEqual(harness.supportDefines(tests: [xctest]), [])
    }

    func testBoardGivesEachArgumentItsOwnVerdictAndBlamesTheArgumentThatCrashed() {
        typealias R = ResultChannel.Record
        let tests = [M(className: "P", methodName: "reads(text:)", isAsync: false, framework: .swiftTesting, displayName: "reads numbers"),
                     M(className: "P", methodName: "empty()", isAsync: false, framework: .swiftTesting)]
        var board = VerdictBoard(tests: tests)
        let reads = "P/reads(text:)"
        board.merge(VerdictBoard.Run(selection: [], channel: ResultChannel(records: [
            R(name: reads, started: true),
            R(name: reads, started: true, finished: true, passed: true, argument: "\"1\""),
            R(name: reads, started: true, finished: true, passed: false, failures: ["Expected x to be 2, but it was 1."], argument: "\"2\""),
            R(name: reads, started: true, argument: "\"3\""),
        ], began: true, done: false), outputs: ["\(reads) [\"3\"]": "boom"], endedEarly: "crashed: abort() was called."))
        XCTAssertEqual(board.pending, ["P/empty()"])
        board.merge(VerdictBoard.Run(selection: ["P/empty()"], channel: ResultChannel(records: [
            R(name: "P/empty()", started: true, finished: true, skipped: true, skipReason: "not yet"),
        ], began: true, done: true), outputs: [:], endedEarly: ""))
        let report = board.report(exercise: "e")
        XCTAssertEqual(report.status, .fail)
        XCTAssertEqual(report.tests, [
            .init(id: "\(reads) [\"1\"]", name: "reads numbers (\"1\")", status: .pass, message: nil, output: nil),
            .init(id: "\(reads) [\"2\"]", name: "reads numbers (\"2\")", status: .fail, message: "Expected x to be 2, but it was 1.", output: nil),
            .init(id: "\(reads) [\"3\"]", name: "reads numbers (\"3\")", status: .error,
                  message: "crashed: abort() was called.\nThe arguments after it did not run.", output: "boom"),
            .init(id: "P/empty()", name: "empty", status: .fail, message: "was skipped (not yet); a skipped test does not count as a pass",
                  output: nil),
        ])
    }

    func testChannelKeepsArgumentsSkipReasonsAndIssuesOutsideTests() {
        let nonce = "n0nce"
        let lines = [
            ["event": "begin"],
            ["event": "start", "test": "P/f(x:)", "argument": "1"],
            ["event": "fail", "test": "P/f(x:)", "argument": "1", "expectation": "Expectation failed: (x → 1) == 2", "details": ""],
            ["event": "finish", "test": "P/f(x:)", "argument": "1", "passed": "0", "skipped": "0"],
            ["event": "start", "test": "P/g()"],
            ["event": "finish", "test": "P/g()", "passed": "0", "skipped": "1", "reason": "later"],
            ["event": "outside", "expectation": "Issue recorded", "details": "late"],
            ["event": "done"],
        ].map { fields -> String in
            var object = fields
            object["nonce"] = nonce
            return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        let channel = ResultChannel.parse(Array((lines.joined(separator: "\n") + "\n").utf8), nonce: nonce)
        XCTAssertEqual(channel.rejectedLines, 0)
        XCTAssertEqual(channel.records, [
            .init(name: "P/f(x:)", started: true, finished: true, passed: false, failures: ["Expected x to be 2, but it was 1."], argument: "1"),
            .init(name: "P/g()", started: true, finished: true, passed: false, skipped: true, skipReason: "later"),
        ])
        XCTAssertEqual(channel.records[0].outputKey, "P/f(x:) [1]")
        XCTAssertEqual(channel.outsideIssues, ["late"])
    }

    func testLearnerObjectsMayNotReachIntoSwiftTesting() throws {
        let inspector = ObjectInspector(objdump: "", demangle: nil)
        func symbol(_ name: String, defined: Bool) -> ObjectInspector.Symbol {
            ObjectInspector.Symbol(name: name, section: defined ? ".text" : "*UND*", isGlobal: true, isWeak: false, visibility: "default")
        }
        let settings = ExerciseSettings(title: "t", hints: ["h"])
        let problems = inspector.symbolProblems([symbol("swt_abiv0_getEntryPoint", defined: false),
                                                 symbol("$s15_TestingInterop3fooyyF", defined: false)], settings: settings)
        XCTAssertEqual(problems, [TestingSymbols.referenceProblem("swt_abiv0_getEntryPoint"),
                                  TestingSymbols.referenceProblem("$s15_TestingInterop3fooyyF")])
        XCTAssertEqual(inspector.sectionProblems(["swift5_tests", "swift5_types"], symbols: []), [TestingSymbols.registryProblem])
    }
}
