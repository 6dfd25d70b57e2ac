import CourseCLI
import CourseModel
import CourseTerminal
import CourseTestSupport
import Foundation
import XCTest

/// Usage errors, help, version, and finding the course, with the real binary.
final class CommandLineEndToEndTests: EndToEndTestCase {
    private func assertUsageError(_ run: TestSupport.Run, _ fragments: String..., file: StaticString = #filePath, line: UInt = #line) {
        assertStatus(run, 64, file: file, line: line)
        XCTAssertTrue(run.stderr.contains("Usage:"), run.stderr, file: file, line: line)
        XCTAssertTrue(run.stderr.contains("See 'course"), run.stderr, file: file, line: line)
        for fragment in fragments {
            XCTAssertTrue(run.stderr.contains(fragment), "expected \(fragment.debugDescription) in:\n\(run.stderr)", file: file, line: line)
        }
        XCTAssertEqual(run.stdout, "", file: file, line: line)
    }

    func testUsageErrorsExitWith64AndShowUsage() throws {
        let root = try tinyCopy()
        assertUsageError(try course("chek", in: root), "unknown command 'chek'.", "Did you mean 'check'?", "See 'course --help'.")
        assertUsageError(try course("check", "exercise-22", in: root), "There is no exercise 'exercise-22'",
                         "Usage: course check", "See 'course check --help'.")
        assertUsageError(try course("check", "exercis-1", in: root), "There is no exercise 'exercis-1'. Did you mean exercise-1?")
        assertUsageError(try course("list", "--bogus", in: root), "unknown option '--bogus'")
        assertUsageError(try course("--bogus", in: root), "unknown option '--bogus'")
        assertUsageError(try course("lesson", "99", in: root), "There is no lesson '99'", "Usage: course lesson")
        assertUsageError(try course("lesson", in: root), "name a lesson")
        assertUsageError(try course("list", "extra", in: root), "unexpected argument 'extra'")
        assertUsageError(try course("--color=sometimes", "list", in: root), "--color takes auto, always or never")
        assertUsageError(try course("list", "--course", in: root), "--course needs a value")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent(".course/progress.json").path),
                       "usage errors record nothing")
    }

    /// An unknown option is a mistake in one command, so the usage shown is that command's.
    func testUnknownOptionShowsTheCommandsOwnUsage() throws {
        let root = try tinyCopy()
        assertUsageError(try course("list", "--bogus", in: root), "Usage: course list [--json]", "See 'course list --help'.")
        assertUsageError(try course("check", "--force", in: root), "Usage: course check [exercise-N] [--json]",
                         "See 'course check --help'.")
    }

    func testUnknownCommandFollowedByAnOptionStillSuggestsTheCommand() throws {
        let root = try tinyCopy()
        assertUsageError(try course("chek", "--json", in: root), "unknown command 'chek'", "Did you mean 'check'?")
    }

    func testHelpForEveryCommandWorksEvenOutsideACourse() throws {
        let nowhere = try TestSupport.temporaryFolder(self)
        for command in ["next", "lesson", "list", "check", "watch", "hint", "reset", "solution", "validate", "new", "help"] {
            let run = try course(command, "--help", in: nowhere)
            assertStatus(run, 0)
            XCTAssertTrue(run.stdout.hasPrefix("Usage: course \(command)"), "\(command):\n\(run.stdout)")
            XCTAssertEqual(run.stderr, "", command)
        }
        for flag in ["--help", "-h"] {
            let run = try course(flag, in: nowhere)
            assertStatus(run, 0)
            assertContains(run.stdout, "Usage: course", "Commands:", "Global options:", "--course DIR")
            for command in CourseApp.commandNames { assertContains(run.stdout, "  \(command) ") }
        }
    }

    /// Issue 27: `course status` is the home screen, `course hint` alone takes the current exercise, and
    /// `help` lists the instructors' commands in a section of their own.
    func testStatusAliasHintWithoutArgumentAndHelpSections() throws {
        let root = try tinyCopy()
        let home = try course(in: root), status = try course("status", in: root)
        assertStatus(status, 0)
        XCTAssertEqual(status.stdout, home.stdout)
        let hint = try course("hint", in: root)
        assertStatus(hint, 0)
        assertContains(hint.stdout, "Hint 1 of")
        assertContains(hint.stdout, "exercise-1")
        let help = try course("help", in: root)
        let sections = help.stdout.components(separatedBy: "For instructors")
        XCTAssertEqual(sections.count, 2, help.stdout)
        for learner in ["next", "check", "watch", "hint", "status"] { XCTAssertTrue(sections[0].contains("  \(learner) "), learner) }
        for instructor in ["validate", "grade", "init", "export"] {
            XCTAssertFalse(sections[0].contains("  \(instructor) "), instructor)
            XCTAssertTrue(sections[1].contains("  \(instructor) "), instructor)
        }
    }

    func testVersion() throws {
        let nowhere = try TestSupport.temporaryFolder(self)
        let run = try course("--version", in: nowhere)
        assertStatus(run, 0)
        XCTAssertEqual(run.stdout, "course \(CourseFormat.toolVersion) (course format \(CourseFormat.supportedVersion))\n")
    }

    func testCourseOptionWorksFromAnUnrelatedFolder() throws {
        let root = try tinyCopy()
        let elsewhere = try TestSupport.temporaryFolder(self)
        var run = try course("--course", root.path, "list", in: elsewhere)
        assertStatus(run, 0)
        assertContains(run.stdout, "A tiny example course", "exercise-1")

        run = try course("hint", "exercise-1", "--course", root.path, in: elsewhere)
        assertStatus(run, 0)
        assertContains(run.stdout, "Hint 1 of 2 for exercise-1")
        XCTAssertEqual(entry("exercise-1", try progressJSON(root))["hints_used"] as? Int, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent(".course").path))

        let relative = "../" + root.deletingLastPathComponent().lastPathComponent + "/course"
        run = try course("list", "--course=\(relative)", in: elsewhere)
        assertStatus(run, 0)
        assertContains(run.stdout, "A tiny example course")
    }

    func testFromInsideASubfolderOfTheCourse() throws {
        let root = try tinyCopy()
        let run = try course("list", in: root.appendingPathComponent("Exercises"))
        assertStatus(run, 0)
        assertContains(run.stdout, "A tiny example course")
    }

    func testOutsideAnyCourse() throws {
        let nowhere = try TestSupport.temporaryFolder(self)
        for arguments in [[], ["list"], ["check", "exercise-1"]] {
            let run = try TestSupport.runCourse(arguments, in: nowhere)
            assertStatus(run, 1)
            assertContains(run.stderr, "No course found", "--course")
            XCTAssertFalse(run.stderr.contains("Usage:"), run.stderr)
        }
    }

    func testMissingCourseFolderGivenWithCourseOption() throws {
        let nowhere = try TestSupport.temporaryFolder(self)
        let run = try course("--course", "no-such-folder", "list", in: nowhere)
        assertStatus(run, 1)
        assertContains(run.stderr, "no-such-folder", "--course")
    }

    func testNewerCourseFormatAsksToUpdateTheTool() throws {
        let root = try tinyCopy()
        try write(#"{"format_version": 99, "title": "From the future"}"#, to: "course.json", in: root)
        let run = try course("list", in: root)
        assertStatus(run, 1)
        assertContains(run.stderr, "format version 99", "Update the tool")
        XCTAssertEqual(run.stdout, "")
    }

    func testMissingCourseJSONIsNamed() throws {
        let root = try tinyCopy()
        try FileManager.default.removeItem(at: root.appendingPathComponent("course.json"))
        let run = try course("list", in: root)
        assertStatus(run, 1)
        assertContains(run.stderr, "course.json")
        assertContains(run.stderr, "missing")
    }
}
