import CourseTestSupport
import Foundation
import XCTest

/// `course watch` in a real terminal at 60 and 100 columns: a "checking…" line, q stops a running
/// check at once, h and l redraw in place with the key line last, n asks before leaving unfinished
/// work, and a pass stays on screen while watch moves on to the next exercise.
final class WatchScreenTmuxTests: TmuxTestCase {
    let binary = TestSupport.courseBinary.path

    func testQStopsARunningCheckAtOnce() throws {
        for columns in [60, 100] {
            let root = try tinyCourse(stack: "stack-loop-in-peek.swift")
            let session = try start("'\(binary)' watch exercise-2", in: root, columns: columns)
            let checking = try screen(session, until: "Checking Exercises/exercise-2.swift…")
            XCTAssertTrue(checking.contains("(q stops)"), checking)
            try send(session, "q")
            let stopped = try screen(session, until: "EXITED=")
            // "Stopped." is only printed when q ends a running check; a check that had run to its end
            // (the endless loop's 3-second timeout) would show its verdict instead.
            XCTAssertTrue(stopped.contains("Stopped.") && stopped.contains("EXITED=0"), stopped)
            XCTAssertFalse(stopped.contains("did not finish within"), stopped)
        }
    }

    func testCtrlCStopsARunningCheckAtOnce() throws {
        let root = try tinyCourse(stack: "stack-loop-in-peek.swift")
        let session = try start("'\(binary)' watch exercise-2", in: root, columns: 60)
        _ = try screen(session, until: "Checking Exercises/exercise-2.swift…")
        try tmux(["send-keys", "-t", session, "C-c"])
        let stopped = try screen(session, until: "EXITED=")
        XCTAssertTrue(stopped.contains("EXITED=130"), stopped)
        XCTAssertFalse(stopped.contains("did not finish within"), "Ctrl-C ended the check before its verdict: \(stopped)")
    }

    func testHintAndListRedrawInPlaceAndNAsksFirst() throws {
        for columns in [60, 100] {
            let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
            let session = try start("'\(binary)' watch exercise-2", in: root, columns: columns, rows: 40)
            let first = try screen(session, until: "Keys: h hint")
            XCTAssertTrue(first.contains("Save the file to check again. Stuck? Press h for a hint."), first)
            XCTAssertFalse(first.contains("course check"), "watch does not tell the learner to run a command: \(first)")

            try send(session, "h")
            let hinted = try screen(session, until: "Hint 1 of 2 for exercise-2")
            XCTAssertTrue(hinted.contains("✗ exercise-2: A generic stack"), "the result stays: \(hinted)")
            XCTAssertTrue(hinted.contains("Press h again for a stronger hint."), hinted)
            XCTAssertTrue(lastLine(hinted).hasSuffix("q quit."), hinted)

            try send(session, "l")
            let listed = try screen(session, until: "l back")
            XCTAssertTrue(listed.contains("exercise-3"), listed)
            XCTAssertTrue(lastLine(listed).hasSuffix("q quit."), "the key line comes back last: \(listed)")
            try send(session, "l")
            XCTAssertTrue(try screen(session, until: "l list", without: "l back").contains("✗ exercise-2: A generic stack"))

            try send(session, "n")
            _ = try screen(session, until: "(y/n)")
            try send(session, "x")
            let stayed = try screen(session, until: "l list", without: "(y/n)")
            XCTAssertTrue(stayed.contains("Watching Exercises/exercise-2.swift"), stayed)
            try send(session, "q")
            XCTAssertTrue(try screen(session, until: "EXITED=").contains("EXITED=0"))
        }
    }

    func testAPassStaysOnScreenAndWatchMovesOnToTheNextExercise() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let session = try start("'\(binary)' watch exercise-1", in: root, columns: 100, rows: 40)
        _ = try screen(session, until: "Keys: h hint")
        try solve(root, "exercise-1")
        let passed = try screen(session, until: "Watching Exercises/exercise-2.swift")
        XCTAssertTrue(passed.contains("✓ exercise-1: Say hello"), "the pass stays on screen: \(passed)")
        XCTAssertTrue(passed.contains("Now exercise-2: A generic stack."), passed)
        try send(session, "c")
        let next = try screen(session, until: "✗ exercise-2: A generic stack")
        XCTAssertTrue(next.contains("✓ exercise-1 passed. Now exercise-2: A generic stack."), next)
    }

    /// Issue 27, bug 3: n onto a finished exercise, which passes, must not bounce back to the first pending one.
    func testNPastAFinishedExerciseGoesToTheNextOne() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        try solve(root, "exercise-2")
        XCTAssertEqual(try TestSupport.runCourse(["check", "exercise-2"], in: root).status, 0)
        let session = try start("'\(binary)' watch exercise-1", in: root, columns: 100, rows: 40)
        _ = try screen(session, until: "Keys: h hint")
        try send(session, "n")
        _ = try screen(session, until: "(y/n)")
        try send(session, "y")
        let moved = try screen(session, until: "Watching Exercises/exercise-3.swift")
        XCTAssertTrue(moved.contains("✓ exercise-2: A generic stack"), moved)
        XCTAssertFalse(moved.contains("exercise-1: Say hello"), "no bounce back to the first pending exercise: \(moved)")
    }

    /// Issue 27, bug 2: a save made while a check runs is checked once that check ends. The check of an
    /// endless loop lasts at least its test's timeout, so the save below lands after the check read the file.
    func testASaveMadeDuringACheckIsCheckedAfterIt() throws {
        let root = try tinyCourse(stack: "stack-loop-in-peek.swift")
        let session = try start("'\(binary)' watch exercise-2", in: root, columns: 100, rows: 40)
        _ = try screen(session, until: "Checking Exercises/exercise-2.swift…")
        try solve(root, "exercise-2")
        let fixed = try screen(session, until: "✓ exercise-2: A generic stack")
        XCTAssertTrue(fixed.contains("Watching Exercises/exercise-3.swift"), fixed)
    }

    /// Issue 27, bug 2: an editor that empties the file and then writes it ends with the verdict of what it wrote.
    func testAnEditorThatTruncatesThenWritesEndsWithTheVerdictOfTheWrite() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let session = try start("'\(binary)' watch exercise-1", in: root, columns: 100, rows: 40)
        _ = try screen(session, until: "Keys: h hint")
        let learner = root.appendingPathComponent("Exercises/exercise-1.swift")
        let handle = try FileHandle(forWritingTo: learner)
        try handle.truncate(atOffset: 0)
        // The write lands while the empty file is checked, or just after (that check is quick).
        _ = try screen(session, until: "Checking Exercises/exercise-1.swift…", or: "is empty")
        try handle.write(contentsOf: Data(contentsOf: root.appendingPathComponent("Solutions/exercise-1.swift")))
        try handle.close()
        let fixed = try screen(session, until: "✓ exercise-1: Say hello")
        XCTAssertFalse(fixed.contains("is empty"), fixed)
    }

    /// Puts the reference solution in place of the learner's file in one step (a rename, as many editors save).
    func solve(_ root: URL, _ id: String) throws {
        let learner = root.appendingPathComponent("Exercises/\(id).swift")
        let staged = root.appendingPathComponent("Exercises/.\(id).staged")
        try FileManager.default.copyItem(at: root.appendingPathComponent("Solutions/\(id).swift"), to: staged)
        XCTAssertEqual(rename(staged.path, learner.path), 0, "rename failed")
    }

    /// Issue 27 (friction): `course check` on a terminal shows a sign of life while it runs, gone once the verdict is there.
    func testCheckShowsASignOfLifeWhileItRuns() throws {
        let root = try tinyCourse(stack: "stack-loop-in-peek.swift")
        let session = try start("'\(binary)' check exercise-2", in: root, columns: 60)
        _ = try screen(session, until: "Checking Exercises/exercise-2.swift…")
        let done = try screen(session, until: "EXITED=1")
        XCTAssertTrue(done.contains("✗ exercise-2"), done)
        XCTAssertFalse(done.contains("Checking"), "the line is erased: \(done)")
    }

    func lastLine(_ screen: String) -> String {
        screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
    }
}
