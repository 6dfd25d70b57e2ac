@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// An exercise built with a sanitizer fails the test that runs into a memory error or a data race,
/// every time, with one sentence naming the learner's lines.
final class SanitizerTests: XCTestCase {
    typealias F = GradingFixtures

    /// A copy of the tiny course whose exercise-2 is built with `sanitizer`.
    func course(sanitizer: String) throws -> URL {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let settings = root.appendingPathComponent("Tests/Hidden/exercise-2/exercise.json")
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: settings)) as? [String: Any])
        object["sanitizers"] = [sanitizer]
        try JSONSerialization.data(withJSONObject: object).write(to: settings)
        return root
    }

    func grade(_ fixture: String, sanitizer: String, mode: SandboxMode) throws -> GradeReport {
        let root = try course(sanitizer: sanitizer)
        let loaded = try CourseLoader.load(root: root)
        XCTAssertEqual(loaded.problems.map(\.description), [])
        var grader = try TestSupport.grader()
        grader.sandboxMode = mode
        return grader.grade(course: loaded, exercise: try loaded.exercise("exercise-2"), submission: F.submission(fixture),
                            displayPath: "Exercises/exercise-2.swift")
    }

    func testAOneByteHeapOverflowFailsWithTheLearnersLines() throws {
        for mode in [SandboxMode.require, .off] {
            let report = try grade("sanitize-overflow.swift", sanitizer: "address", mode: mode)
            XCTAssertEqual(F.verdicts(report), ["\(F.pushThenPop) error", "\(F.popEmpty) pass", "\(F.peek) error"], "\(mode)")
            XCTAssertEqual(F.result(report, F.pushThenPop)?.message,
                           "crashed: it writes 1 byte past the end of a 4-byte buffer at Exercises/exercise-2.swift:7:20; "
                           + "the buffer was allocated at Exercises/exercise-2.swift:6:51 (AddressSanitizer: heap-buffer-overflow).",
                           "\(mode)")
            XCTAssertNil(F.result(report, F.pushThenPop)?.output, "the raw report is not shown: \(mode)")
        }
    }

    func testADataRaceFailsEveryTime() throws {
        for _ in 0..<2 {
            let report = try grade("sanitize-race.swift", sanitizer: "thread", mode: .require)
            XCTAssertEqual(F.result(report, F.pushThenPop)?.status, .error)
            // The race is found every time; which two accesses TSan reports, and so whether one of them
            // resolves to a line of the learner's file, can vary between runs.
            let message = F.result(report, F.pushThenPop)?.message ?? ""
            XCTAssertTrue(message.hasPrefix("crashed: it lets two threads change the same variable at the same time"), message)
            XCTAssertTrue(message.hasSuffix("with nothing ordering the two (ThreadSanitizer: Swift access race)."), message)
            if message.contains("Exercises/") {
                XCTAssertTrue(message.contains("(Exercises/exercise-2.swift:15:"), message)
            }
        }
    }

    func testACorrectSolutionPassesUnderBothSanitizers() throws {
        for sanitizer in ["address", "thread"] {
            let report = try grade("stack-correct.swift", sanitizer: sanitizer, mode: .require)
            XCTAssertEqual(report.status, .pass, "\(sanitizer): \(report.message ?? "") \(F.verdicts(report))")
        }
    }

    /// A learner's own constructor is still refused when the sanitizer adds its own.
    func testTheSanitizersConstructorDoesNotOpenTheDoorToALearnersOwn() throws {
        let report = try grade("attack-init-array.swift", sanitizer: "address", mode: .require)
        XCTAssertEqual(report.errorKind, .forbiddenCode)
        XCTAssertTrue(report.message?.contains("`.init_array`") == true, report.message ?? "")
    }

    func testSettingsRefuseUnknownOrCombinedSanitizers() {
        func problems(_ json: String) -> [String] {
            ExerciseSettings.parse(Data(json.utf8), file: "exercise.json").1.map(\.description)
        }
        XCTAssertEqual(problems(#"{"title": "t", "hints": ["h"], "sanitizers": ["address"]}"#), [])
        XCTAssertEqual(problems(#"{"title": "t", "hints": ["h"], "sanitizers": ["memory"]}"#),
                       [#"exercise.json: "sanitizers" must be ["address"] or ["thread"]"#])
        XCTAssertEqual(problems(#"{"title": "t", "hints": ["h"], "sanitizers": ["address", "thread"]}"#),
                       [#"exercise.json: "sanitizers" may name only one of address and thread: the two cannot be combined in one program"#])
    }

    /// The parser on a report as ThreadSanitizer prints it with `symbolize=0`.
    func testParsingAThreadSanitizerReport() throws {
        let text = """
            ==================
            WARNING: ThreadSanitizer: Swift access race (pid=4817)
              Modifying access of Swift variable at 0x720800000570 by thread T2:
                #0 <null> <null> (runner+0x102c93) (BuildId: 05c5)
                #1 <null> <null> (libswiftDispatch.so+0x1caab) (BuildId: 8e4d)

              Previous write of size 1 at 0x720800000570 by thread T4:
                #0 <null> <null> (runner+0x102c99) (BuildId: 05c5)

            SUMMARY: ThreadSanitizer: Swift access race (runner+0x102c93)
            """
        let report = try XCTUnwrap(SanitizerReport.parse(text))
        XCTAssertEqual(report.kind, "Swift access race")
        XCTAssertEqual(report.stacks.map(\.title), ["access", "other thread"])
        XCTAssertEqual(report.stacks[0].frames, [SanitizerReport.Frame(module: "runner", offset: 0x102c93),
                                                 SanitizerReport.Frame(module: "libswiftDispatch.so", offset: 0x1caab)])
        let sentence = report.sentence { $0.module == "runner" ? "x.swift:\($0.offset - 0x102c90)" : nil }
        XCTAssertEqual(sentence, "lets two threads change the same variable at the same time (x.swift:3 and x.swift:9), "
            + "with nothing ordering the two (ThreadSanitizer: Swift access race)")
        XCTAssertEqual(SanitizerReport.strip("before\n==================\nWARNING: ThreadSanitizer: x\n  more"), "before")
        XCTAssertNil(SanitizerReport.parse("no report here"))
    }
}
