@testable import CourseAuthoring
import XCTest

/// Validation starts every reference solution first, so the starters and wrong solutions that share its
/// interface reuse its compiled suite.
final class ValidationScheduleTests: XCTestCase {
    func testSolutionsAreGradedFirst() {
        let jobs: [CourseValidator.Job] = [
            .init(exercise: "exercise-1", path: "S1", expectation: .passes),
            .init(exercise: "exercise-1", path: "T1", expectation: .doesNotPass),
            .init(exercise: "exercise-1", path: "W1", expectation: .failsATest),
            .init(exercise: "exercise-2", path: "S2", expectation: .passes),
            .init(exercise: "exercise-2", path: "T2", expectation: .doesNotPass),
        ]
        XCTAssertEqual(CourseValidator.schedule(jobs).map { jobs[$0].path }, ["S1", "S2", "T1", "W1", "T2"])
    }

    /// The first reference solution of each harness flavor leads, the others keep their order.
    func testTheFirstSolutionOfEachHarnessFlavorLeads() {
        let jobs: [CourseValidator.Job] = [
            .init(exercise: "exercise-1", path: "S1", expectation: .passes),
            .init(exercise: "exercise-1", path: "W1", expectation: .failsATest),
            .init(exercise: "exercise-2", path: "S2", expectation: .passes),
            .init(exercise: "exercise-3", path: "S3", expectation: .passes),
            .init(exercise: "exercise-3", path: "T3", expectation: .doesNotPass),
            .init(exercise: "exercise-4", path: "S4", expectation: .passes),
        ]
        let flavor: (CourseValidator.Job) -> String = { ["exercise-3": "testing", "exercise-4": "tsan"][$0.exercise] ?? "xctest" }
        XCTAssertEqual(CourseValidator.schedule(jobs, flavor: flavor).map { jobs[$0].path }, ["S1", "S3", "S4", "S2", "W1", "T3"])
    }
}
