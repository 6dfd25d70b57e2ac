@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// Real grading runs (real swiftc) of learner submissions against the tiny course.
final class GradingScenarioTests: XCTestCase {
    typealias F = GradingFixtures

    func testCorrectStackPassesEveryTest() throws {
        let report = try F.stackReport("stack-correct.swift")
        XCTAssertEqual(report.status, .pass, "\(report)")
        XCTAssertNil(report.errorKind)
        XCTAssertNil(report.message)
        XCTAssertEqual(report.tests, F.stackTests.map { F.passed($0) })
        XCTAssertEqual(report.tests.map(\.name), [
            "push then pop returns the same item", "pop on an empty stack is nil", "peek shows the top without removing it",
        ])
        XCTAssertFalse(report.fromCache)
        let bytes = try Data(contentsOf: F.submission("stack-correct.swift"))
        XCTAssertEqual(report.submissionHash, SHA256.hex(bytes))
    }

    func testOneFailingTestIsNamedWithItsAssertionMessage() throws {
        let report = try F.stackReport("stack-peek-wrong.swift")
        XCTAssertEqual(report.status, .fail)
        XCTAssertNil(report.errorKind)
        XCTAssertEqual(report.tests, [
            F.passed(F.pushThenPop),
            F.passed(F.popEmpty),
            GradeReport.TestResult(
                id: "StackTests/\(F.peek)", name: "peek shows the top without removing it", status: .fail,
                message: "peek shows the last item pushed\n  expected: 2\n  actual:   1",
                output: nil),
        ])
    }

    func testCompileErrorPointsAtTheLearnersFileAndLine() throws {
        let scratch = try TestSupport.temporaryFolder(self)
        let report = try F.gradeStack("stack-compile-error.swift", scratch: scratch)
        XCTAssertEqual(report.status, .error)
        XCTAssertEqual(report.errorKind, .compile)
        XCTAssertEqual(report.message,
                       "Exercises/exercise-2.swift does not compile (1 error). Fix the first error first; later ones often follow from it.")
        XCTAssertEqual(report.tests, [])
        let output = try XCTUnwrap(report.compilerOutput)
        XCTAssertTrue(output.contains("Exercises/exercise-2.swift:6:26: error: cannot convert value of type 'String' to specified type 'Int'"),
                      output)
        XCTAssertFalse(output.contains("course-check-"), output)
        XCTAssertFalse(output.contains(scratch.path), output)
        XCTAssertFalse(output.contains("src/submission.swift"), output)
        XCTAssertEqual(report.diagnostics, [
            Diagnostic(file: "Exercises/exercise-2.swift", line: 6, column: 26, severity: "error",
                       message: "cannot convert value of type 'String' to specified type 'Int'"),
        ])
        XCTAssertEqual(F.leftovers(in: scratch), [])
    }

    func testCrashInOneTestBlamesItAndStillVerdictsTheOthers() throws {
        let report = try F.stackReport("stack-crash-in-pop.swift")
        XCTAssertEqual(report.status, .fail)
        XCTAssertNil(report.errorKind)
        XCTAssertEqual(F.verdicts(report), ["\(F.pushThenPop) pass", "\(F.popEmpty) error", "\(F.peek) fail"])
        let crashed = try XCTUnwrap(F.result(report, F.popEmpty))
        let message = try XCTUnwrap(crashed.message)
        XCTAssertEqual(message, "crashed at Exercises/exercise-2.swift:12:20: Unexpectedly found nil while unwrapping an Optional value"
                       + "\n  12 |         return last!\n     |                    ^")
        XCTAssertNil(crashed.output, "the runtime's report is not shown as printed output")
        XCTAssertEqual(F.result(report, F.peek)?.message,
                       "peek shows the last item pushed\n  expected: 2\n  actual:   1")
        XCTAssertEqual(F.result(report, F.pushThenPop), F.passed(F.pushThenPop))
    }

    /// `validate`'s wrong solutions need one failure: after the run that crashed, the tests still without a
    /// verdict are not run one by one, and the crash is not located (no rebuild with line tables).
    func testOneFailureSufficesStopsAfterTheFirstRunWithAFailure() throws {
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        var grader = try TestSupport.grader()
        grader.oneFailureSuffices = true
        let report = grader.grade(course: course, exercise: try course.exercise("exercise-2"),
                                  submission: F.submission("stack-crash-in-pop.swift"), displayPath: "Exercises/exercise-2.swift")
        XCTAssertEqual(report.status, .fail)
        XCTAssertEqual(F.verdicts(report), ["\(F.pushThenPop) pass", "\(F.popEmpty) error", "\(F.peek) error"])
        XCTAssertEqual(F.result(report, F.peek)?.message, "not run: an earlier test already failed, which is all this grading needed")
        let crashed = try XCTUnwrap(F.result(report, F.popEmpty)?.message)
        XCTAssertFalse(crashed.hasPrefix("crashed at") || crashed.contains("  12 |"), "no crash location is looked for: \(crashed)")
    }

    /// Nor is a generated case's failure shrunk (COURSE_SHRINK=off): a wrong answer only has to fail (and
    /// `validate` reads only which tests fail, so it turns shrinking off for starters too).
    func testOneFailureSufficesDoesNotShrinkAGeneratedCase() throws {
        let course = try CourseLoader.load(root: TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/generated-course"))
        let exercise = try course.exercise("exercise-1")
        var grader = try TestSupport.grader()
        func generatedFailure() throws -> String {
            let report = grader.grade(course: course, exercise: exercise, submission: course.url("Tests/Hidden/exercise-1/wrong/one-pass.swift"),
                                      displayPath: "Exercises/exercise-1.swift")
            XCTAssertEqual(report.status, .fail)
            return try XCTUnwrap(report.tests.first { $0.message?.contains("generated case") == true }?.message, "\(report.tests)")
        }
        XCTAssertTrue(try generatedFailure().contains("the smallest found"))
        grader.oneFailureSuffices = true
        let unshrunk = try generatedFailure()
        XCTAssertFalse(unshrunk.contains("the smallest found"), unshrunk)
        XCTAssertFalse(unshrunk.contains("variance is 0.0, expected 0.5"), "the first failing case as generated: \(unshrunk)")
        // validate's starters run every test, unshrunk too.
        grader.oneFailureSuffices = false
        grader.shrinksCounterexamples = false
        XCTAssertEqual(try generatedFailure(), unshrunk)
    }

    /// The runtime names the file by its module path (`Submission/submission.swift`); the learner
    /// should see the file they edit, as in compile errors.
    func testCrashMessageNamesTheLearnersFileNotTheScratchModulePath() throws {
        let report = try F.stackReport("stack-crash-in-pop.swift")
        let crashed = try XCTUnwrap(F.result(report, F.popEmpty))
        let message = try XCTUnwrap(crashed.message)
        XCTAssertTrue(message.contains("Exercises/exercise-2.swift:12"), message)
        XCTAssertFalse(message.contains("Submission/submission.swift"), message)
        XCTAssertFalse((crashed.output ?? "").contains("Submission/submission.swift"), crashed.output ?? "")
    }

    func testEndlessLoopTimesOutOnlyThatTest() throws {
        let report = try F.stackReport("stack-loop-in-peek.swift")
        XCTAssertEqual(report.status, .fail)
        XCTAssertEqual(report.tests, [
            F.passed(F.pushThenPop),
            F.passed(F.popEmpty),
            GradeReport.TestResult(id: "StackTests/\(F.peek)", name: "peek shows the top without removing it", status: .error,
                                   message: "did not finish within 3 seconds and was stopped. Look for a loop that never ends.",
                                   output: nil),
        ])
    }

    func testWrongArgumentLabelIsAnApiMismatchWithoutSuiteSource() throws {
        let report = try F.stackReport("stack-push-label.swift")
        XCTAssertEqual(report.status, .error)
        XCTAssertEqual(report.errorKind, .apiMismatch)
        XCTAssertEqual(report.tests, [])
        XCTAssertNil(report.compilerOutput)
        XCTAssertEqual(report.diagnostics, [])
        let message = try XCTUnwrap(report.message)
        XCTAssertTrue(message.hasPrefix("Your code compiles, but it does not fit what the tests expect:"), message)
        XCTAssertTrue(message.contains("missing argument label 'item:' in call"), message)
        for secret in ["stack.push(1)", "XCTAssert", "StackTests.swift", "hidden/", "course-check-"] {
            XCTAssertFalse(message.contains(secret), "leaks \(secret): \(message)")
        }
    }

    /// "missing argument label 'item:' in call" does not say which call: the learner needs the member's name.
    func testWrongArgumentLabelNamesTheMember() throws {
        let report = try F.stackReport("stack-push-label.swift")
        let message = try XCTUnwrap(report.message)
        XCTAssertTrue(message.contains("push"), message)
    }

    func testMissingMemberIsAnApiMismatchNamingIt() throws {
        let report = try F.gradeStack("stack-missing-peek.swift")
        XCTAssertEqual(report.status, .error)
        XCTAssertEqual(report.errorKind, .apiMismatch)
        XCTAssertEqual(report.message, """
            Your code compiles, but it does not fit what the tests expect:
              - The tests need a member your type does not have: value of type 'Stack<Int>' has no member 'peek'.
            """)
        XCTAssertFalse(report.message?.contains("XCTAssertEqual(stack.peek") ?? true)
        XCTAssertEqual(report.tests, [])
    }

    func testExercise3SolutionPassesThroughTheCSupportModule() throws {
        let course = TestSupport.tinyCourse
        let report = try TestSupport.grade(course: course, exercise: "exercise-3",
                                           submission: course.appendingPathComponent("Solutions/exercise-3.swift"))
        XCTAssertEqual(report.status, .pass, "\(report)")
        XCTAssertEqual(report.tests, [
            "testValuesBelowTheRangeRiseToItsLowerBound", "testValuesAboveTheRangeFallToItsUpperBound", "testValuesInsideTheRangeStay",
        ].map { F.passed($0, className: "ClampTests") })
    }

    func testExercise1SolutionPassesAndItsWrongSolutionFails() throws {
        let course = TestSupport.tinyCourse
        let report = try TestSupport.grade(course: course, exercise: "exercise-1",
                                           submission: course.appendingPathComponent("Solutions/exercise-1.swift"))
        XCTAssertEqual(report.status, .pass, "\(report)")
        XCTAssertEqual(report.tests, ["testGreetsByName", "testGreetsAnotherName"].map { F.passed($0, className: "GreetTests") })

        let wrong = try TestSupport.grade(course: course, exercise: "exercise-1",
                                          submission: course.appendingPathComponent("Tests/Hidden/exercise-1/wrong/forgets-punctuation.swift"))
        XCTAssertEqual(wrong.status, .fail)
        XCTAssertEqual(wrong.tests.map(\.status), [.fail, .fail])
        XCTAssertEqual(wrong.tests.first?.message,
                       "greet should say hello to the name it is given\n  expected: Hello, Ada!\n  actual:   Hello, Ada")
    }
}
