@testable import CourseGrading
@testable import CourseModel
@testable import CourseProcess
import CourseTestSupport
import Foundation
import Synchronization
import XCTest

/// Real grading runs (real swiftc) against the tiny course's exercise-4, whose hidden suite is written in
/// Swift Testing: the XCTest scenarios again (pass, one failure, compile error, crash, endless loop, API
/// mismatch, cheats), plus per-argument results, skips and a suite that mixes both frameworks.
final class SwiftTestingScenarioTests: XCTestCase {
    static let suite = "ParseCountTests"
    static let reads = "\(suite)/readsWholeNumbers(text:count:)"
    static let empty = "\(suite)/emptyTextIsAnError()"
    static let rejects = "\(suite)/rejectsWhatIsNotACount(text:)"

    private static let memo = Mutex<[String: GradeReport]>([:])

    /// Grades a fixture (or the course's own file) against exercise-4, once per test process.
    static func report(_ fixture: String) throws -> GradeReport {
        if let cached = memo.withLock({ $0[fixture] }) { return cached }
        let url = fixture.contains("/") ? TestSupport.tinyCourse.appendingPathComponent(fixture)
            : TestSupport.submissions.appendingPathComponent(fixture)
        XCTAssertTrue(FileManager.default.fileExists(atPath: url.path), "missing fixture \(fixture)")
        let report = try TestSupport.grade(course: TestSupport.tinyCourse, exercise: "exercise-4", submission: url)
        memo.withLock { $0[fixture] = report }
        return report
    }

    /// `id status` per result, in report order.
    static func verdicts(_ report: GradeReport) -> [String] {
        report.tests.map { "\($0.id) \($0.status.rawValue)" }
    }

    static func message(_ report: GradeReport, _ id: String) -> String? {
        report.tests.first { $0.id == id }?.message
    }

    func testSolutionPassesEveryArgumentAsItsOwnResult() throws {
        let report = try Self.report("Solutions/exercise-4.swift")
        XCTAssertEqual(report.status, .pass, "\(report)")
        XCTAssertEqual(report.tests, [
            .init(id: "\(Self.reads) [\"0\", 0]", name: "reads whole numbers (\"0\", 0)", status: .pass, message: nil, output: nil),
            .init(id: "\(Self.reads) [\"7\", 7]", name: "reads whole numbers (\"7\", 7)", status: .pass, message: nil, output: nil),
            .init(id: "\(Self.reads) [\"42\", 42]", name: "reads whole numbers (\"42\", 42)", status: .pass, message: nil, output: nil),
            .init(id: Self.empty, name: "empty text is an error", status: .pass, message: nil, output: nil),
            .init(id: "\(Self.rejects) [\"4x\"]", name: "rejects what is not a count (\"4x\")", status: .pass, message: nil, output: nil),
            .init(id: "\(Self.rejects) [\"-3\"]", name: "rejects what is not a count (\"-3\")", status: .pass, message: nil, output: nil),
            .init(id: "\(Self.rejects) [\"seven\"]", name: "rejects what is not a count (\"seven\")", status: .pass, message: nil, output: nil),
        ])
    }

    /// libTesting.so is loaded from the toolchain's runtime folder, which the sandbox shows read-only.
    func testSwiftTestingRunsInsideTheSandboxToo() throws {
        var grader = try TestSupport.grader()
        grader.sandboxMode = .require
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        let report = grader.grade(course: course, exercise: try course.exercise("exercise-4"),
                                  submission: TestSupport.tinyCourse.appendingPathComponent("Solutions/exercise-4.swift"),
                                  displayPath: "Exercises/exercise-4.swift")
        XCTAssertEqual(report.status, .pass, "\(report)")
        XCTAssertTrue(report.sandboxed)
        XCTAssertEqual(report.tests.count, 7)
    }

    /// A suite in Swift Testing only builds a program that loads neither XCTest nor Foundation (the floor
    /// does not either); a mixed suite's program loads both frameworks.
    func testSwiftTestingOnlyProgramNeedsNeitherXCTestNorFoundation() throws {
        let scratch = try TestSupport.temporaryFolder(self)
        var environment = ProcessInfo.processInfo.environment
        environment["COURSE_KEEP_SCRATCH"] = "1"
        let toolchain = try Toolchain.locate(environment: environment)
        let grader = Grader(toolchain: toolchain, environment: environment, scratchRoot: scratch, harnessCache: TestSupport.harnessCache)
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        let report = grader.grade(course: course, exercise: try course.exercise("exercise-4"),
                                  submission: TestSupport.tinyCourse.appendingPathComponent("Solutions/exercise-4.swift"),
                                  displayPath: "Exercises/exercise-4.swift")
        XCTAssertEqual(report.status, .pass, "\(report)")
        let folder = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: scratch.path).first { $0.hasPrefix("course-check-") })
        let objdump = URL(fileURLWithPath: toolchain.swiftc).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("llvm-objdump").path
        let headers = try Subprocess.run(ProcessSpec(executable: objdump, arguments: ["-p", scratch.appendingPathComponent("\(folder)/runner").path],
                                                     timeout: 30))
        let needed = headers.outputText.split(separator: "\n").filter { $0.contains("NEEDED") }.joined(separator: "\n")
        XCTAssertTrue(needed.contains("libTesting.so"), needed)
        XCTAssertFalse(needed.contains("XCTest"), needed)
        XCTAssertFalse(needed.contains("Foundation"), needed)
    }

    func testOneFailingArgumentIsNamedWithItsExpectationInPlainWords() throws {
        let report = try Self.report("Tests/Hidden/exercise-4/wrong/accepts-negative-counts.swift")
        XCTAssertEqual(report.status, .fail)
        XCTAssertNil(report.errorKind)
        XCTAssertEqual(Self.verdicts(report).filter { $0.hasSuffix("fail") }, ["\(Self.rejects) [\"-3\"] fail"])
        XCTAssertEqual(Self.message(report, "\(Self.rejects) [\"-3\"]"),
                       "Expected an error to be thrown, but none was: it returned \"-3\".")
    }

    func testStarterFailsWithExpectedAndActualValues() throws {
        let report = try Self.report("Tests/Hidden/exercise-4/starter.swift")
        XCTAssertEqual(report.status, .fail)
        XCTAssertEqual(report.tests.first?.status, .pass, "0 is what the starter returns")
        XCTAssertEqual(Self.message(report, "\(Self.reads) [\"7\", 7]"),
                       "Expected parsed to equal count, but parsed was 0 and count was 7. - the count written in the text")
    }

    func testCompileErrorPointsAtTheLearnersLine() throws {
        let report = try Self.report("count-compile-error.swift")
        XCTAssertEqual(report.errorKind, .compile)
        XCTAssertEqual(report.diagnostics.first?.file, "Exercises/exercise-4.swift")
        XCTAssertEqual(report.diagnostics.first?.line, 8)
        XCTAssertEqual(report.tests, [])
    }

    /// The crash ends the run in the middle of a parameterized test: the argument that crashed is blamed,
    /// the ones before it keep their verdicts, and the other tests run again, each on its own.
    func testCrashInOneArgumentBlamesItAndStillVerdictsTheOtherTests() throws {
        let report = try Self.report("count-crash-on-seven.swift")
        XCTAssertEqual(report.status, .fail)
        XCTAssertNil(report.errorKind)
        XCTAssertEqual(Self.verdicts(report), [
            "\(Self.reads) [\"0\", 0] pass", "\(Self.reads) [\"7\", 7] error", "\(Self.empty) pass",
            "\(Self.rejects) [\"4x\"] pass", "\(Self.rejects) [\"-3\"] pass", "\(Self.rejects) [\"seven\"] pass",
        ])
        // The crash came in the run of every test (not a test run alone): its line is found all the same.
        let message = try XCTUnwrap(Self.message(report, "\(Self.reads) [\"7\", 7]"))
        XCTAssertEqual(message.split(separator: "\n").map(String.init), [
            "crashed at Exercises/exercise-4.swift:11:19: Unexpectedly found nil while unwrapping an Optional value",
            "  11 |     return missing!",
            "     |                   ^",
            "The arguments after it did not run.",
        ])
    }

    func testEndlessLoopTimesOutOnlyThatTest() throws {
        let report = try Self.report("count-loop-on-empty.swift")
        XCTAssertEqual(report.status, .fail)
        XCTAssertEqual(Self.verdicts(report).filter { !$0.hasSuffix("pass") }, ["\(Self.empty) error"])
        XCTAssertEqual(report.tests.count, 7)
        XCTAssertEqual(Self.message(report, Self.empty), "did not finish within 3 seconds and was stopped. Look for a loop that never ends.")
    }

    func testWrongArgumentLabelIsAnApiMismatchWithoutSuiteSource() throws {
        let report = try Self.report("count-argument-label.swift")
        XCTAssertEqual(report.errorKind, .apiMismatch)
        let message = try XCTUnwrap(report.message)
        XCTAssertTrue(message.contains("missing argument label 'text:' in call"), message)
        for secret in ["#expect", "ParseCountTests", "hidden/", "course-check-"] {
            XCTAssertFalse(message.contains(secret), "leaks \(secret): \(message)")
        }
    }

    /// The output cap holds for Swift Testing as for XCTest: the test that floods is stopped and blamed.
    /// Long lines reach the output cap in a fraction of a second, far ahead of the time limit even on a loaded machine.
    func testPrintingForeverIsStoppedAndBlamedOnItsTest() throws {
        let file = try TestSupport.temporaryFolder(self).appendingPathComponent("exercise-4.swift")
        let solution = try String(contentsOf: TestSupport.tinyCourse.appendingPathComponent("Solutions/exercise-4.swift"), encoding: .utf8)
        try solution.replacingOccurrences(of: "if text.isEmpty { throw ParseError.empty }",
                                          with: "while text.isEmpty { print(String(repeating: \"still empty \", count: 1000)) }")
            .write(to: file, atomically: true, encoding: .utf8)
        let report = try TestSupport.grade(course: TestSupport.tinyCourse, exercise: "exercise-4", submission: file)
        XCTAssertEqual(Self.verdicts(report).filter { !$0.hasSuffix("pass") }, ["\(Self.empty) error"])
        let message = try XCTUnwrap(Self.message(report, Self.empty))
        XCTAssertTrue(message.hasPrefix("printed more than"), message)
        XCTAssertLessThanOrEqual(report.tests.first { $0.id == Self.empty }?.output?.count ?? 0,
                                 Limits.standard.outputCharactersPerTest + 100)
    }

    // MARK: - Cheats

    func testPrintingSwiftTestingsConsoleSummaryDoesNothing() throws {
        let report = try Self.report("cheat-testing-console.swift")
        XCTAssertEqual(report.status, .fail)
        XCTAssertEqual(Self.verdicts(report).filter { $0.hasSuffix("fail") }, [
            "\(Self.empty) fail", "\(Self.rejects) [\"4x\"] fail", "\(Self.rejects) [\"-3\"] fail", "\(Self.rejects) [\"seven\"] fail",
        ])
        XCTAssertTrue(report.tests.last?.output?.contains("✔ Test run with 7 tests") == true, "\(report.tests)")
    }

    func testCallingTheEntryPointIsRefused() throws {
        let report = try Self.report("attack-testing-entry-point.swift")
        XCTAssertEqual(report.errorKind, .forbiddenCode)
        XCTAssertTrue(report.message?.contains("calls into Swift Testing directly (`swt_abiv0_getEntryPoint`)") == true,
                      report.message ?? "")
    }

    func testDefiningTheEntryPointIsRefused() throws {
        let report = try Self.report("attack-testing-define-entry.swift")
        XCTAssertEqual(report.errorKind, .forbiddenCode)
        XCTAssertTrue(report.message?.contains("defines a C symbol named `swt_abiv0_getEntryPoint`") == true, report.message ?? "")
    }

    func testDefiningATestingFunctionIsRefused() throws {
        let report = try Self.report("attack-silgen-testing.swift")
        XCTAssertEqual(report.errorKind, .forbiddenCode)
        XCTAssertTrue(report.message?.contains("Testing.Issue.record") == true, report.message ?? "")
    }

    func testImportingTestingIsRefused() throws {
        let source = try String(contentsOf: TestSupport.submissions.appendingPathComponent("cheat-import-testing.swift"), encoding: .utf8)
        XCTAssertTrue(source.contains("import Testing"))
        let report = try Self.report("cheat-import-testing.swift")
        XCTAssertEqual(report.errorKind, .forbiddenImport)
    }

    // MARK: - Skips, issues outside tests, mixed suites

    /// A copy of the tiny course whose exercise-4 suite gets `extra` as another file.
    func course(adding extra: String, named name: String) throws -> URL {
        let course = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        try extra.write(to: course.appendingPathComponent("Tests/Hidden/exercise-4/tests/\(name)"), atomically: true, encoding: .utf8)
        return course
    }

    func gradeSolution(in course: URL) throws -> GradeReport {
        try TestSupport.grade(course: course, exercise: "exercise-4", submission: course.appendingPathComponent("Solutions/exercise-4.swift"))
    }

    func testSkippedAndDisabledTestsAreNotAPass() throws {
        let course = try course(adding: """
            import Testing
            @Test(.disabled("written later")) func disabledCheck() {}
            @Test(.enabled(if: false)) func conditionalCheck() {}
            @Test(arguments: [String]()) func noArguments(text: String) {}
            """, named: "SkipTests.swift")
        let report = try gradeSolution(in: course)
        XCTAssertEqual(report.status, .fail)
        XCTAssertEqual(Self.message(report, "disabledCheck()"), "was skipped (written later); a skipped test does not count as a pass")
        XCTAssertEqual(Self.message(report, "conditionalCheck()"), "was skipped (disabled); a skipped test does not count as a pass")
        XCTAssertEqual(Self.message(report, "noArguments(text:)"),
                       "was skipped (No test cases found.); a skipped test does not count as a pass")
        XCTAssertEqual(report.tests.filter { $0.status == .pass }.count, 7)
    }

    func testKnownIssuesPassAndAnIssueOutsideAnyTestFails() throws {
        let course = try course(adding: """
            import Testing
            @Test func knownLimitation() { withKnownIssue { #expect(Bool(false)) } }
            @Test func knownIssueThatDoesNotHappen() { withKnownIssue { #expect(Bool(true)) } }
            @Test func lateIssue() async throws {
                Task.detached { try? await Task.sleep(nanoseconds: 20_000_000); Issue.record("recorded after its test ended") }
            }
            @Test func zzzWaits() async throws { try await Task.sleep(nanoseconds: 300_000_000) }
            """, named: "IssueTests.swift")
        let report = try gradeSolution(in: course)
        XCTAssertEqual(report.status, .fail)
        XCTAssertEqual(report.tests.first { $0.id == "knownLimitation()" }?.status, .pass)
        XCTAssertEqual(Self.message(report, "knownIssueThatDoesNotHappen()"),
                       "A known issue was expected (withKnownIssue), but it did not occur.")
        XCTAssertEqual(report.tests.first { $0.id == "lateIssue()" }?.status, .pass)
        XCTAssertEqual(report.tests.last, GradeReport.TestResult(id: "outside-any-test/1", name: "an issue recorded outside any test",
                                                                  status: .fail, message: "recorded after its test ended", output: nil))
    }

    func testMixedSuiteRunsBothFrameworksInOneProgram() throws {
        let course = try course(adding: """
            import XCTest
            final class ParseCountXCTests: XCTestCase {
                func testSpacesAreNotACount() {
                    XCTAssertThrowsError(try parseCount(" 1"))
                }
                func testLargeCount() throws {
                    XCTAssertEqual(try parseCount("1000000"), 1_000_000)
                }
            }
            """, named: "ParseCountXCTests.swift")
        let inputs = ExerciseInputs(course: try CourseLoader.load(root: course), exercise: try CourseLoader.load(root: course).exercise("exercise-4"))
        XCTAssertEqual(TestFramework.used(by: inputs.tests), [.xctest, .swiftTesting])
        let report = try gradeSolution(in: course)
        XCTAssertEqual(report.status, .pass, "\(report)")
        XCTAssertEqual(report.tests.count, 9)
        XCTAssertEqual(report.tests.prefix(2).map(\.id), ["ParseCountXCTests/testSpacesAreNotACount", "ParseCountXCTests/testLargeCount"])

        let wrong = try TestSupport.grade(course: course, exercise: "exercise-4",
                                          submission: course.appendingPathComponent("Tests/Hidden/exercise-4/starter.swift"))
        XCTAssertEqual(wrong.status, .fail)
        XCTAssertEqual(wrong.tests.first { $0.id == "ParseCountXCTests/testLargeCount" }?.message,
                       "XCTAssertEqual failed\n  expected: 1000000\n  actual:   0")
        XCTAssertEqual(wrong.tests.first { $0.id == "\(Self.reads) [\"7\", 7]" }?.status, .fail)
    }
}

/// The caches for a Swift Testing exercise: the suite object is reused on a body-only edit and the new
/// body is what runs; an unchanged submission comes from the report cache.
final class SwiftTestingCacheTests: XCTestCase {
    func testSuiteObjectIsReusedOnABodyOnlyEditAndReportsAreCached() throws {
        let folder = try TestSupport.temporaryFolder(self)
        var grader = try TestSupport.grader()
        grader.suiteCache = SuiteObjectCache(folder: folder.appendingPathComponent("suites"))
        grader.cache = GradeCache(folder: folder.appendingPathComponent("reports"))
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        let exercise = try course.exercise("exercise-4")
        let solution = try String(contentsOf: TestSupport.tinyCourse.appendingPathComponent("Solutions/exercise-4.swift"), encoding: .utf8)
        func grade(_ source: String) throws -> GradeReport {
            let file = folder.appendingPathComponent("exercise-4.swift")
            try source.write(to: file, atomically: true, encoding: .utf8)
            return grader.grade(course: course, exercise: exercise, submission: file, displayPath: "Exercises/exercise-4.swift")
        }
        let first = try grade(solution)
        XCTAssertEqual(first.status, .pass, "\(first)")
        XCTAssertFalse(first.suiteReused)
        let wrong = solution.replacingOccurrences(of: ", value >= 0", with: "")
        XCTAssertNotEqual(wrong, solution)
        let second = try grade(wrong)
        XCTAssertTrue(second.suiteReused)
        XCTAssertEqual(second.tests.filter { $0.status == .fail }.map(\.id),
                       ["\(SwiftTestingScenarioTests.rejects) [\"-3\"]"])
        let third = try grade(wrong)
        XCTAssertTrue(third.fromCache)
        XCTAssertEqual(third.tests, second.tests)
    }
}
