import CourseTestSupport
import Foundation
import XCTest

/// `course validate` refuses a starter a learner could never pass with: one whose declarations differ from what
/// the suite calls, and one that does not compile unless its settings say that is the lesson.
final class ValidateStarterEndToEndTests: EndToEndTestCase {
    func setStarter(_ source: String, in course: URL) throws {
        try write(source, to: "Tests/Hidden/exercise-1/starter.swift", in: course)
        try write(source, to: "Exercises/exercise-1.swift", in: course)
    }

    func testAStarterThatDoesNotFitTheSuiteOrDoesNotCompileIsReported() throws {
        let course = try tinyCopy()
        try setStarter("func greet(name: String) -> String {\n    return \"TODO\"\n}\n", in: course)
        let mismatch = try self.course("validate", "exercise-1", in: course)
        XCTAssertEqual(mismatch.status, 1, mismatch.stdout)
        XCTAssertTrue(mismatch.stdout.contains("the starter does not fit the hidden suite"), mismatch.stdout)

        try setStarter("func greet(_ name: String) -> String {\n    return name + 1\n}\n", in: course)
        let broken = try self.course("validate", "exercise-1", in: course)
        XCTAssertEqual(broken.status, 1, broken.stdout)
        XCTAssertTrue(broken.stdout.contains("the starter does not compile"), broken.stdout)
        XCTAssertTrue(broken.stdout.contains("\"starter_compiles\": false"), broken.stdout)

        // Said explicitly, a starter that does not compile is the lesson.
        let settings = "Tests/Hidden/exercise-1/exercise.json"
        try write(try text(settings, in: course).replacingOccurrences(of: "\"timeout_seconds\": 5", with: "\"timeout_seconds\": 5, \"starter_compiles\": false"),
                  to: settings, in: course)
        let said = try self.course("validate", "exercise-1", in: course)
        assertStatus(said, 0)
    }
}
