import CourseTestSupport
import Foundation
import XCTest

/// `course check exercise-K --file PATH`: an instructor grades any file as the learner's would be
/// graded, and neither the progress file nor the learner's own file changes.
final class CheckFileEndToEndTests: EndToEndTestCase {
    func testGradingAnotherFileRecordsNothing() throws {
        let root = try tinyCopy()
        let before = try text("Exercises/exercise-2.swift", in: root)
        let pass = try course("check", "exercise-2", "--file", "Solutions/exercise-2.swift", in: root)
        XCTAssertEqual(pass.status, 0, pass.stdout + pass.stderr)
        XCTAssertTrue(pass.stdout.contains("Graded Solutions/exercise-2.swift against exercise-2's tests; nothing was recorded in your progress."),
                      pass.stdout)
        XCTAssertFalse(pass.stdout.contains("course solution"), "no next step for a file that is not the learner's")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent(".course/progress.json").path))
        XCTAssertEqual(try text("Exercises/exercise-2.swift", in: root), before)

        let wrong = try course("check", "exercise-2", "--file", "Tests/Hidden/exercise-2/wrong/pops-from-the-bottom.swift", "--json", in: root)
        XCTAssertEqual(wrong.status, 1)
        XCTAssertEqual(try jsonObject(wrong.stdout)["status"] as? String, "fail")

        let missing = try course("check", "exercise-2", "--file", "nowhere.swift", in: root)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stdout.contains("nowhere.swift does not exist"), missing.stdout)
    }
}
