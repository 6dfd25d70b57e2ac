@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// The scan of an exercise's sources is remembered by their texts, never by their paths: a suite edited
/// between two checks of one process is read afresh.
final class SourceScanTests: XCTestCase {
    func testAnEditedSuiteIsScannedAgain() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let course = try CourseLoader.load(root: root)
        let exercise = try course.exercise("exercise-2")
        let before = ExerciseInputs(course: course, exercise: exercise)
        XCTAssertEqual(ExerciseInputs(course: course, exercise: exercise).tests.map(\.id), before.tests.map(\.id))
        let suite = try XCTUnwrap(before.suiteFiles.first { !before.isPublicFile($0) })
        let text = try String(contentsOfFile: suite, encoding: .utf8)
        let edited = try XCTUnwrap(text.range(of: "func test", options: .backwards)).lowerBound
        try text.replacingCharacters(in: edited..<edited, with: "func testAddedBetweenTwoChecks() {}\n\n    ")
            .write(toFile: suite, atomically: true, encoding: .utf8)
        let after = ExerciseInputs(course: course, exercise: exercise)
        XCTAssertEqual(after.tests.count, before.tests.count + 1, "\(after.tests.map(\.id))")
        XCTAssertTrue(after.tests.contains { $0.id.hasSuffix("/testAddedBetweenTwoChecks") })
    }
}
