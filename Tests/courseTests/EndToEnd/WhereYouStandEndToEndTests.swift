import CourseProcess
import CourseTestSupport
import Foundation
import XCTest

/// Paths and commands as the learner types them: relative to the folder they run `course` from, and
/// with the binary's real path until `course` is on `PATH`.
final class WhereYouStandEndToEndTests: EndToEndTestCase {
    func testFromExercisesThePathIsRelativeToThatFolder() throws {
        let root = try tinyCopy()
        let status = try course(in: root.appendingPathComponent("Exercises"))
        assertContains(status.stdout, "  edit   exercise-1.swift")
        let check = try course("check", "exercise-1", in: root.appendingPathComponent("Exercises"))
        assertContains(check.stdout, "then edit exercise-1.swift and run 'course check exercise-1' again")
        let fromLessons = try course(in: root.appendingPathComponent("Lessons"))
        assertContains(fromLessons.stdout, "  edit   ../Exercises/exercise-1.swift")
    }

    func testListShowsSlugsThatLessonAccepts() throws {
        let root = try tinyCopy()
        let list = try course("list", in: root)
        assertContains(list.stdout, "  1. First steps  (first-steps)", "  2. Calling a C function  (calling-c)")
        let lesson = try course("lesson", "calling-c", "--no-pager", in: root)
        assertStatus(lesson, 0)
        assertContains(lesson.stdout, "Lesson 2: Calling a C function")
        let help = try course("lesson", "--help", in: root)
        assertContains(help.stdout, "'course lesson calling-c'")
    }

    func testBeforeInstallingEveryCommandShownIsTheBinarysPath() throws {
        let root = try tinyCopy()
        let run = try course(in: root, environment: ["PATH": "/usr/bin:/bin"])
        let binary = TestSupport.courseBinary.path
        assertContains(run.stdout, "'\(binary) next' to read the lesson", "'\(binary) check exercise-1' to check your work",
                       "All commands: '\(binary) --help'", "To type plain 'course' from any folder: '\(binary) install'")
        let mistyped = try course("check", "exercise-9", in: root, environment: ["PATH": "/usr/bin:/bin"])
        assertContains(mistyped.stderr, "See '\(binary) check --help'.")
        try "".write(to: root.appendingPathComponent("Exercises/exercise-1.swift"), atomically: true, encoding: .utf8)
        let swiftc = try XCTUnwrap(Subprocess.which("swiftc", path: ProcessInfo.processInfo.environment["PATH"]))
        let empty = try course("check", "exercise-1", in: root, environment: ["PATH": "/usr/bin:/bin", "COURSE_SWIFTC": swiftc])
        assertContains(empty.stdout, "run '\(binary) reset exercise-1'")
    }
}
