@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// Learner code runs in the test process: whatever it does, it must not change the verdict.
/// Each fixture is otherwise a plausible `Stack`; none may pass.
final class CheatResistanceTests: XCTestCase {
    typealias F = GradingFixtures

    static let earlyExit = "ended the test process early (exit status 0). Does your code call `exit` or `abort`?"

    /// Asserts the exact verdicts of a cheat whose `push` ends the process: the two tests that push get
    /// `message`, the one that does not still passes, and the whole check fails.
    func assertEndsProcess(_ fixture: String, message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let report = try F.gradeStack(fixture)
        XCTAssertEqual(report.status, .fail, file: file, line: line)
        XCTAssertNil(report.errorKind, file: file, line: line)
        XCTAssertEqual(F.verdicts(report), ["\(F.pushThenPop) error", "\(F.popEmpty) pass", "\(F.peek) error"],
                       file: file, line: line)
        XCTAssertEqual(F.result(report, F.pushThenPop)?.message, message, file: file, line: line)
        XCTAssertEqual(F.result(report, F.peek)?.message, message, file: file, line: line)
    }

    func testExitZeroInPushIsNotAPass() throws {
        try assertEndsProcess("cheat-exit-in-push.swift", message: Self.earlyExit)
    }

    func testUnderscoreExitZeroIsNotAPass() throws {
        try assertEndsProcess("cheat-underscore-exit.swift", message: Self.earlyExit)
    }

    func testAbortIsACrash() throws {
        try assertEndsProcess("cheat-abort.swift", message: "crashed: abort() was called.")
    }

    func testAtexitHandlerPrintingACleanSummaryIsNotAPass() throws {
        try assertEndsProcess("cheat-atexit.swift", message: Self.earlyExit)
    }

    func testRaisingSigkillOnItselfIsNotAPass() throws {
        try assertEndsProcess("cheat-sigkill.swift", message: "crashed: it was killed.")
    }

    func testSigtermToItselfIsNotAPass() throws {
        try assertEndsProcess("cheat-sigterm.swift", message: "crashed: it was terminated (SIGTERM).")
    }

    /// The wrong stacks below keep nothing on push: two tests fail with XCTest's real messages.
    func assertWrongStackFails(_ report: GradeReport, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(report.status, .fail, file: file, line: line)
        XCTAssertNil(report.errorKind, file: file, line: line)
        XCTAssertEqual(F.verdicts(report), ["\(F.pushThenPop) fail", "\(F.popEmpty) pass", "\(F.peek) fail"], file: file, line: line)
        XCTAssertEqual(F.result(report, F.pushThenPop)?.message,
                       "pop should return what was pushed last\n  expected: 1\n  actual:   nil",
                       file: file, line: line)
        XCTAssertEqual(F.result(report, F.peek)?.message, """
            peek shows the last item pushed
              expected: 2
              actual:   nil
            peek must not remove the item
              expected: 2
              actual:   0
            """, file: file, line: line)
    }

    func testPrintingXCTestLookAlikeLinesDoesNotChangeTheVerdict() throws {
        let report = try F.gradeStack("cheat-fake-output.swift")
        assertWrongStackFails(report)
    }

    func testLookAlikesOfXCTestNamesInTheLearnerModuleAreNotUsed() throws {
        let report = try F.gradeStack("cheat-shadow-xctest.swift")
        assertWrongStackFails(report)
    }

    func testForgedResultLinesWithoutTheNonceAreIgnored() throws {
        let report = try F.gradeStack("cheat-forged-channel.swift")
        assertWrongStackFails(report)
    }

    /// The nonce is a string literal in the test program, so learner code can read it from /proc/self/exe,
    /// forge passing records for every test plus `done`, and `_exit(0)`. This stack does nothing at all.
    func testNonceReadFromTheTestBinaryCannotForgeAPass() throws {
        let report = try F.gradeStack("cheat-nonce-from-binary.swift")
        XCTAssertNotEqual(report.status, .pass)
        XCTAssertEqual(report.status, .fail)
        XCTAssertEqual(F.verdicts(report), ["\(F.pushThenPop) error", "\(F.popEmpty) pass", "\(F.peek) error"])
    }

    func assertForbiddenImport(_ fixture: String, framework: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let report = try F.gradeStack(fixture)
        XCTAssertEqual(report, GradeReport(
            exercise: "exercise-2", status: .error, errorKind: .forbiddenImport,
            message: "Exercises/exercise-2.swift imports \(framework). Exercise files may not import a test framework: "
                + "the hidden tests bring their own, and test code in your file could change how results are reported. "
                + "Remove 'import \(framework)'.",
            seconds: report.seconds, submissionHash: report.submissionHash), file: file, line: line)
    }

    func testImportingXCTestIsRefused() throws {
        try assertForbiddenImport("cheat-import-xctest.swift", framework: "XCTest")
    }

    func testScopedImportOfXCTestIsRefused() throws {
        try assertForbiddenImport("cheat-scoped-import-xctest.swift", framework: "XCTest")
    }

    func testImportingSwiftTestingIsRefused() throws {
        try assertForbiddenImport("cheat-import-testing.swift", framework: "Testing")
    }
}
