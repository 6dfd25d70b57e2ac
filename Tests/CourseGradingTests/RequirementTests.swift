@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// An exercise that needs python3 reports "needs python3" for every test when it is missing: never a pass.
final class RequirementTests: XCTestCase {
    func testMissingPython3IsAClearErrorForEveryTestNeverAPass() throws {
        let course = try CourseLoader.load(root: TestSupport.mainCourse)
        let exercise = try XCTUnwrap(course.exercises.first { $0.settings.requires.contains("python3") },
                                     "the curriculum has an exercise that needs python3")
        var environment = ProcessInfo.processInfo.environment
        let toolchain = try Toolchain.locate(environment: environment)
        environment["PATH"] = "/nonexistent-course-test-path"
        let grader = Grader(toolchain: toolchain, environment: environment, harnessCache: TestSupport.harnessCache, sandbox: .off)
        let report = grader.grade(course: course, exercise: exercise, submission: course.url(exercise.solutionPath),
                                  displayPath: exercise.solutionPath)
        XCTAssertEqual(report.status, .error)
        XCTAssertEqual(report.errorKind, .missingRequirement)
        XCTAssertEqual(report.message, "This exercise needs python3, which is not on your PATH. Install it (e.g. 'apt-get install python3') and check again.")
        XCTAssertFalse(report.tests.isEmpty)
        XCTAssertEqual(Set(report.tests.map(\.status)), [.error])
        XCTAssertEqual(Set(report.tests.compactMap(\.message)), ["needs python3, which is not installed"])
    }
}
