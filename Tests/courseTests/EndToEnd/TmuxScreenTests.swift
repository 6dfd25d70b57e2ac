@testable import CourseCLI
@testable import CourseModel
@testable import CourseTerminal
import CourseTestSupport
import Foundation
import XCTest

/// Drives the real binary in a real terminal (tmux) and reads the screen, as a learner sees it.
final class TmuxScreenTests: TmuxTestCase {
    func testWatchInATerminalRedrawsAndQuitsOnQ() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("tmux is not installed (.ci/run installs it)")
        }
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let session = "course-test-\(UInt32.random(in: 0...UInt32.max))"
        let command = "\(installed)cd '\(root.path)' && '\(TestSupport.courseBinary.path)' watch exercise-2; echo EXITED=$?; sleep 3600"
        _ = try tmux(["new-session", "-d", "-s", session, "-x", "100", "-y", "40", command])
        defer { _ = try? tmux(["kill-server"]) }

        let first = try screen(session, until: "Keys: h hint")
        XCTAssertTrue(first.contains("✗ exercise-2: A generic stack"), first)
        XCTAssertTrue(first.contains("✗ push then pop returns the same item"), first)

        _ = try tmux(["send-keys", "-t", session, "h"])
        let hinted = try screen(session, until: "Hint 1 of 2 for exercise-2")
        XCTAssertTrue(hinted.contains("An array's end is the top of the stack."), hinted)

        _ = try tmux(["send-keys", "-t", session, "l"])
        let listed = try screen(session, until: "Module 2: Interop")
        XCTAssertTrue(listed.contains("exercise-2"), listed)

        _ = try tmux(["send-keys", "-t", session, "n"])
        _ = try screen(session, until: "exercise-2 is not done yet. Move on to exercise-3 anyway? (y/n)")
        _ = try tmux(["send-keys", "-t", session, "y"])
        let next = try screen(session, until: "exercise-3: Call C from Swift")
        XCTAssertTrue(next.contains("✗ values below the range rise to its lower bound"), next)
        XCTAssertTrue(try screen(session, until: "Watching Exercises/exercise-3.swift").contains("Watching Exercises/exercise-3.swift"))

        _ = try tmux(["send-keys", "-t", session, "q"])
        let quit = try screen(session, until: "EXITED=")
        XCTAssertTrue(quit.contains("EXITED=0"), quit)
    }

    func testAColourTerminalGetsColourAndNoColorTurnsItOff() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("tmux is not installed (.ci/run installs it)")
        }
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let session = "course-test-\(UInt32.random(in: 0...UInt32.max))"
        let binary = TestSupport.courseBinary.path
        let command = "\(installed)cd '\(root.path)' && env -u NO_COLOR TERM=xterm-256color '\(binary)' list --plain; NO_COLOR=1 TERM=xterm-256color '\(binary)' list --plain; echo DONE; sleep 3600"
        _ = try tmux(["new-session", "-d", "-s", session, "-x", "100", "-y", "50", command])
        defer { _ = try? tmux(["kill-server"]) }
        let plain = try screen(session, until: "DONE")
        XCTAssertTrue(plain.contains("exercise-1"), plain)
        let escaped = try tmux(["capture-pane", "-p", "-e", "-t", session])
        let firstRun = escaped.components(separatedBy: "A tiny example course").dropFirst().first ?? ""
        XCTAssertTrue(firstRun.contains("\u{1B}["), "a terminal gets colour: \(escaped.debugDescription)")
        let secondRun = escaped.components(separatedBy: "A tiny example course").dropFirst(2).first ?? ""
        XCTAssertFalse(secondRun.contains("\u{1B}[3"), "NO_COLOR turns colour off: \(secondRun)")
    }

    func testALongLessonGoesThroughThePagerAndNoPagerPrintsIt() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("tmux is not installed (.ci/run installs it)")
        }
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let paged = root.appendingPathComponent("paged.txt")
        let session = "course-test-\(UInt32.random(in: 0...UInt32.max))"
        let binary = TestSupport.courseBinary.path
        // A 10-row terminal: lesson 1 does not fit, so it goes to PAGER; with --no-pager it is printed.
        let command = "\(installed)cd '\(root.path)' && PAGER='cat > \(paged.path)' '\(binary)' lesson 1; echo PAGED; "
            + "'\(binary)' lesson 1 --no-pager | tail -3; echo DONE; sleep 3600"
        try tmux(["new-session", "-d", "-s", session, "-x", "80", "-y", "10", command])
        defer { _ = try? tmux(["kill-server"]) }
        let screen = try screen(session, until: "DONE")
        XCTAssertTrue(screen.contains("check 'course check exercise-2'"), screen)
        let text = try String(contentsOf: paged, encoding: .utf8)
        XCTAssertTrue(text.contains("Lesson 1: First steps"), text)
        XCTAssertTrue(text.contains("Your exercises for this lesson:"), text)
    }

    /// In the real pager (less): the exercises' block is on the first page, before the lesson text, and after
    /// `q` the next step is on screen.
    func testTheLessonPagerShowsTheExercisesFirstAndTheNextStepAfterQ() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/less") else {
            throw XCTSkip("less is not installed (scripts/install-dependencies installs it)")
        }
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        // In colour (no NO_COLOR from the caller's environment) the lesson has the fewest lines: its blank lines
        // must count too for it to be longer than the screen.
        let session = try start("env -u PAGER -u LESS -u NO_COLOR TERM=xterm-256color course lesson 1", in: root, columns: 80, rows: 10)
        let first = try screen(session, until: "Your exercises for this lesson:")
        XCTAssertFalse(first.contains("This tiny course shows the format"), "the block comes before the lesson text: \(first)")
        try tmux(["send-keys", "-t", session, "q"])
        let after = try screen(session, until: "EXITED=")
        XCTAssertTrue(after.contains("Next: edit Exercises/exercise-1.swift, then"), after)
        XCTAssertTrue(after.contains("course check exercise-1"), after)
        XCTAssertTrue(after.contains("EXITED=0"), after)
    }

    /// `course next` on a terminal starts a background prewarm: the suite object appears with no check.
    func testNextInATerminalPrewarmsTheCurrentExercise() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("tmux is not installed (.ci/run installs it)")
        }
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let session = "course-test-\(UInt32.random(in: 0...UInt32.max))"
        let command = "cd '\(root.path)' && '\(TestSupport.courseBinary.path)' next --no-pager; echo EXITED=$?; sleep 3600"
        _ = try tmux(["new-session", "-d", "-s", session, "-x", "100", "-y", "40", command])
        defer { _ = try? tmux(["kill-server"]) }
        XCTAssertTrue(try screen(session, until: "EXITED=0").contains("EXITED=0"))
        let suites = root.appendingPathComponent(".course/cache/suites")
        let deadline = Date().addingTimeInterval(90)
        var entries: [String] = []
        while Date() < deadline {
            entries = ((try? FileManager.default.contentsOfDirectory(atPath: suites.path)) ?? []).filter { !$0.hasPrefix(".") }
            if !entries.isEmpty { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        XCTAssertEqual(entries.count, 1, "no suite object was prewarmed in \(suites.path)")
    }
}
