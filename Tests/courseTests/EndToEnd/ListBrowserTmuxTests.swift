import CourseTestSupport
import Foundation
import XCTest

/// The interactive list in a real terminal at 60 and 100 columns; the plain list when piped.
final class ListBrowserTmuxTests: TmuxTestCase {
    let binary = TestSupport.courseBinary.path

    func testKeysMoveFilterCheckResetAndQuit() throws {
        for columns in [60, 100] {
            let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
            let session = try start("'\(binary)' list", in: root, columns: columns, rows: 24)
            let first = try screen(session, until: "q quit")
            XCTAssertTrue(first.contains("› • exercise-1"), "the cursor starts on the current exercise: \(first)")

            try send(session, "j")
            XCTAssertTrue(try screen(session, until: "› • exercise-2").contains("(showing: all)"))
            try tmux(["send-keys", "-t", session, "Down"])
            _ = try screen(session, until: "› • exercise-3")
            try send(session, "k")
            _ = try screen(session, until: "› • exercise-2")

            // c checks the exercise under the cursor, then any key returns to the list.
            try send(session, "c")
            let checked = try screen(session, until: "Press any key to return to the list.")
            XCTAssertTrue(checked.contains("✗ exercise-2: A generic stack"), checked)
            try send(session, "x")
            _ = try screen(session, until: "q quit")

            // r asks first; n keeps the file.
            let learner = root.appendingPathComponent("Exercises/exercise-2.swift")
            try "// my work\n".write(to: learner, atomically: true, encoding: .utf8)
            try send(session, "r")
            _ = try screen(session, until: "Reset exercise-2 to its starter?")
            try send(session, "n")
            _ = try screen(session, until: "q quit")
            XCTAssertEqual(try String(contentsOf: learner, encoding: .utf8), "// my work\n")
            try send(session, "r")
            _ = try screen(session, until: "(y/n)")
            try send(session, "y")
            _ = try screen(session, until: "is back to its starter")
            XCTAssertNotEqual(try String(contentsOf: learner, encoding: .utf8), "// my work\n")
            try send(session, "x")

            // f filters: pending shows all three (none done); done shows none.
            try send(session, "f")
            _ = try screen(session, until: "(showing: pending)")
            try send(session, "f")
            let done = try screen(session, until: "(showing: done)")
            XCTAssertTrue(done.contains("no done exercises"), done)
            try send(session, "q")
            XCTAssertTrue(try screen(session, until: "EXITED=").contains("EXITED=0"))
        }
    }

    func testEnterOpensTheLesson() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let session = try start("PAGER=cat '\(binary)' list", in: root, columns: 100, rows: 60)
        _ = try screen(session, until: "q quit")
        try tmux(["send-keys", "-t", session, "Enter"])
        let lesson = try screen(session, until: "Press any key to return to the list.")
        XCTAssertTrue(lesson.contains("Lesson 1: First steps"), lesson)
        try send(session, "q")
        _ = try screen(session, until: "q quit")
        try send(session, "q")
        _ = try screen(session, until: "EXITED=0")
    }

    /// Issue 27, bug 6: at 60 columns on a short terminal the header and the cursor's row stay on screen,
    /// and after Enter, the lesson in the pager and q, the list is back at once and the next key moves the cursor.
    func testAtSixtyColumnsTheHeaderStaysAndThePagersQReturnsToTheList() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let session = try start("env -u PAGER '\(binary)' list", in: root, columns: 60, rows: 9)
        let first = try screen(session, until: "q quit")
        XCTAssertTrue(first.contains("(showing: all)"), "the header stays: \(first)")
        XCTAssertTrue(first.contains("› • exercise-1"), first)
        try tmux(["send-keys", "-t", session, "Enter"])
        _ = try screen(session, until: "Your exercises for this lesson", without: "q quit")
        try send(session, "q")
        let back = try screen(session, until: "(showing: all)")
        XCTAssertFalse(back.contains("Press any key"), back)
        try send(session, "j")
        let moved = try screen(session, until: "› • exercise-2")
        XCTAssertTrue(moved.contains("(showing: all)"), moved)
        try send(session, "q")
        _ = try screen(session, until: "EXITED=0")
    }

    func testPipedListIsPlain() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let session = try start("'\(binary)' list | cat", in: root, columns: 100)
        let screen = try self.screen(session, until: "EXITED=")
        XCTAssertTrue(screen.contains("Module 2: Interop"), screen)
        XCTAssertFalse(screen.contains("q quit"), screen)
    }
}
