import CourseAuthoring
import CourseGrading
import CourseModel
import CourseTestSupport
import XCTest

/// The learner's contract is the starter: a helper that only the reference solution declares is never
/// required of a learner, and a suite that uses one is a course problem.
final class StarterContractGradingTests: XCTestCase {
    func testASolutionHelperIsNotRequiredOfTheLearner() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let solution = root.appendingPathComponent("Solutions/exercise-2.swift")
        let learnerAnswer = try String(contentsOf: solution, encoding: .utf8)  // right, and without the helpers
        try (learnerAnswer + "\nstruct CounterBox { var value = 0 }\nfunc bump(_ box: inout CounterBox) { box.value += 1 }\n")
            .write(to: solution, atomically: true, encoding: .utf8)
        let course = try CourseLoader.load(root: root)
        let inputs = ExerciseInputs(course: course, exercise: try course.exercise("exercise-2"))
        XCTAssertEqual(inputs.api?.map(\.name), ["Stack"], "imported from the starter, not the solution")

        let answer = root.appendingPathComponent("Exercises/exercise-2.swift")
        try learnerAnswer.write(to: answer, atomically: true, encoding: .utf8)
        let report = try TestSupport.grade(course: root, exercise: "exercise-2", submission: answer)
        XCTAssertEqual(report.status, .pass, "\(report.message ?? "") \(report.tests)")
        let reference = try TestSupport.grade(course: root, exercise: "exercise-2", submission: solution)
        XCTAssertEqual(reference.status, .pass, "\(reference.message ?? "")")
    }

    func testASuiteUsingASolutionHelperIsACourseProblem() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let solution = root.appendingPathComponent("Solutions/exercise-2.swift")
        try (try String(contentsOf: solution, encoding: .utf8) + "\nstruct CounterBox { var value = 0 }\n")
            .write(to: solution, atomically: true, encoding: .utf8)
        let suite = root.appendingPathComponent("Tests/Hidden/exercise-2/tests/StackTests.swift")
        try (try String(contentsOf: suite, encoding: .utf8) + "\nfinal class BoxTests: XCTestCase {\n    func testBox() { XCTAssertEqual(CounterBox().value, 0) }\n}\n")
            .write(to: suite, atomically: true, encoding: .utf8)
        let report = try TestSupport.grade(course: root, exercise: "exercise-2", submission: solution)
        XCTAssertEqual(report.errorKind, .brokenSuite, "\(report)")
        XCTAssertEqual(report.diagnostics.first?.file, "Tests/Hidden/exercise-2/tests/StackTests.swift")
        XCTAssertEqual(report.diagnostics.first?.line, 25)
        XCTAssertTrue(report.diagnostics.first?.message.contains("CounterBox") == true, "\(report.diagnostics)")
        let job = CourseValidator.Job(exercise: "exercise-2", path: "Solutions/exercise-2.swift", expectation: .passes)
        XCTAssertTrue(CourseValidator.judge(job, report)?.description.hasPrefix(
            "Tests/Hidden/exercise-2/tests/StackTests.swift:25: the hidden suite does not compile against the reference solution (1 error); fix the test code, or declare what it uses in the starter Tests/Hidden/exercise-2/starter.swift") == true,
                      "\(String(describing: CourseValidator.judge(job, report)))")
    }
}
