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
}
