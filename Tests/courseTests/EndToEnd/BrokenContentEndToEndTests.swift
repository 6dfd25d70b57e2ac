import CourseTestSupport
import Foundation
import XCTest

/// Broken content stays visible, and the learner-facing messages about the course's shape are true.
final class BrokenContentEndToEndTests: EndToEndTestCase {
    func testABrokenExerciseIsListedAndCheckedAsBroken() throws {
        let root = try tinyCopy()
        try write("{\n  \"title\": \"Say hello\",\n  \"hints\": [\"a\",]\n}\n", to: "Tests/Hidden/exercise-1/exercise.json", in: root)
        let reason = "Tests/Hidden/exercise-1/exercise.json:3:16: not valid JSON: trailing comma before ']': JSON allows none; remove it"

        let list = try course("list", in: root)
        assertStatus(list, 0)
        XCTAssertTrue(list.stdout.contains("! broken   exercise-1   \(reason)"), list.stdout)
        let json = try jsonObject(try course("list", "--json", in: root).stdout)
        let entry = try XCTUnwrap((json["exercises"] as? [[String: Any]])?.first { $0["id"] as? String == "exercise-1" })
        XCTAssertEqual(entry["status"] as? String, "broken")
        XCTAssertEqual(entry["error"] as? String, reason)

        let check = try course("check", "exercise-1", in: root)
        assertStatus(check, 2)
        XCTAssertTrue(check.stderr.contains("exercise-1 is broken: its files cannot be loaded (\(reason)). This is a problem with the course, not with your work"),
                      check.stderr)
        XCTAssertFalse(check.stderr.contains("There is no exercise"), check.stderr)
    }

    func testPassingTheLastExerciseWithOthersPendingPointsBackToThem() throws {
        let root = try tinyCopy()
        try solve("exercise-2", in: root)
        let run = try course("check", "exercise-2", in: root)
        assertStatus(run, 0)
        // Issue 27, bug 7: 'course next' would open lesson 1 (exercise-1 is pending), so it is not "then exercise-3".
        XCTAssertTrue(run.stdout.contains("Next: exercise-3, in 'course lesson 2'. exercise-1 is not done yet: 'course next' opens its lesson."), run.stdout)
        XCTAssertFalse(run.stdout.contains("(then exercise-3)"), run.stdout)
        try solve("exercise-3", in: root)
        assertStatus(try course("check", "exercise-3", in: root), 0)
        try solve("exercise-4", in: root)  // the last exercise
        let last = try course("check", "exercise-4", in: root)
        assertStatus(last, 0)
        XCTAssertTrue(last.stdout.contains("Next: 'course next' (then exercise-1)"), "exercise-1 is still pending: \(last.stdout)")
        XCTAssertFalse(last.stdout.contains("finished the course"), last.stdout)
        try solve("exercise-1", in: root)
        let done = try course("check", "exercise-1", in: root)
        XCTAssertTrue(done.stdout.contains("Every exercise is done: you have finished the course."), done.stdout)
    }

    func testAnEmptyCourseSaysSoInsteadOfCongratulating() throws {
        let root = try TestSupport.temporaryFolder(self)
        try write(#"{"format_version": 1, "title": "Empty"}"#, to: "course.json", in: root)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Lessons"), withIntermediateDirectories: true)
        let expected = "Empty has no exercises yet. Instructors: add a lesson with 'course new lesson \"Title\"'"
        for arguments in [["list"], ["next"], []] {
            let run = try TestSupport.runCourse(arguments, in: root)
            assertStatus(run, 0)
            XCTAssertTrue(run.stdout.contains(expected), "\(arguments): \(run.stdout)")
            XCTAssertFalse(run.stdout.contains("Well played") || run.stdout.contains("finished every"), run.stdout)
        }
        let check = try TestSupport.runCourse(["check"], in: root)
        assertStatus(check, 64)
        XCTAssertTrue(check.stderr.contains(expected), check.stderr)
    }
}
