@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// Failures recorded from several threads at once (a suite that asserts inside `courseConcurrently` or
/// `DispatchQueue.concurrentPerform`) reach the grader as failures of their test, never as a damaged
/// channel: every record is numbered and written whole, one at a time.
final class ConcurrentFailureTests: XCTestCase {
    func testFailuresFromManyThreadsAtOnceAreFailuresOfTheirTest() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        try """
            import Foundation
            import XCTest

            final class ManyThreadsTests: XCTestCase {
                func testEightThreadsFailTogether() {
                    DispatchQueue.concurrentPerform(iterations: 8) { thread in
                        for round in 0..<40 { XCTFail("thread \\(thread) round \\(round)") }
                    }
                }

                func testAnotherTestStillPasses() {
                    XCTAssertEqual(1 + 1, 2)
                }
            }
            """.write(to: root.appendingPathComponent("Tests/Hidden/exercise-2/tests/ManyThreadsTests.swift"), atomically: true, encoding: .utf8)
        let course = try CourseLoader.load(root: root)
        let grader = try TestSupport.grader()
        for _ in 0..<3 {
            let report = grader.grade(course: course, exercise: try course.exercise("exercise-2"),
                                      submission: course.url("Solutions/exercise-2.swift"), displayPath: "Exercises/exercise-2.swift")
            XCTAssertEqual(report.status, .fail, "\(report.status) \(report.message ?? "") \(report.courseDetail ?? "")")
            let failing = try XCTUnwrap(report.tests.first { $0.id == "ManyThreadsTests/testEightThreadsFailTogether" })
            XCTAssertEqual(failing.status, .fail)
            XCTAssertTrue(failing.message?.contains("round") == true, failing.message ?? "")
            XCTAssertEqual(report.tests.first { $0.id == "ManyThreadsTests/testAnotherTestStillPasses" }?.status, .pass)
            XCTAssertEqual(report.tests.filter { $0.status == .pass }.count, 4, "the stack's three tests and the other test pass")
        }
    }
}
