import CourseTestSupport
import Foundation
import XCTest

/// `course watch` in a real terminal at 60 and 100 columns: a "checking…" line, q stops a running
/// check at once, h and l redraw in place with the key line last, n asks before leaving unfinished
/// work, and a pass moves on and checks the next exercise.
final class WatchScreenTmuxTests: TmuxTestCase {
    let binary = TestSupport.courseBinary.path

    func testQStopsARunningCheckAtOnce() throws {
        for columns in [60, 100] {
            let root = try tinyCourse(stack: "stack-loop-in-peek.swift")
            let session = try start("'\(binary)' watch exercise-2", in: root, columns: columns)
            let checking = try screen(session, until: "Checking Exercises/exercise-2.swift…")
            XCTAssertTrue(checking.contains("(q stops)"), checking)
            Thread.sleep(forTimeInterval: 0.5)  // the endless loop in peek is running (its timeout is 3 s)
            let pressed = Date()
            try send(session, "q")
            let stopped = try screen(session, until: "EXITED=")
            XCTAssertTrue(stopped.contains("Stopped.") && stopped.contains("EXITED=0"), stopped)
            XCTAssertLessThan(Date().timeIntervalSince(pressed), 2.5, "q must not wait for the test's 3-second timeout")
            XCTAssertFalse(stopped.contains("did not finish within"), stopped)
        }
    }

    func testCtrlCStopsARunningCheckAtOnce() throws {
        let root = try tinyCourse(stack: "stack-loop-in-peek.swift")
        let session = try start("'\(binary)' watch exercise-2", in: root, columns: 60)
        _ = try screen(session, until: "Checking Exercises/exercise-2.swift…")
        Thread.sleep(forTimeInterval: 0.5)
        let pressed = Date()
        try tmux(["send-keys", "-t", session, "C-c"])
        let stopped = try screen(session, until: "EXITED=")
        XCTAssertTrue(stopped.contains("EXITED=130"), stopped)
        XCTAssertLessThan(Date().timeIntervalSince(pressed), 2.5, "Ctrl-C must not wait for the test's 3-second timeout")
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
            XCTAssertTrue(try screen(session, until: "l list").contains("✗ exercise-2: A generic stack"))

            try send(session, "n")
            _ = try screen(session, until: "(y/n)")
            try send(session, "x")
            let stayed = try screen(session, until: "l list")
            XCTAssertTrue(stayed.contains("Watching Exercises/exercise-2.swift"), stayed)
            try send(session, "q")
            XCTAssertTrue(try screen(session, until: "EXITED=").contains("EXITED=0"))
        }
    }

    func testAPassMovesOnAndChecksTheNextExercise() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let session = try start("'\(binary)' watch exercise-1", in: root, columns: 100, rows: 40)
        _ = try screen(session, until: "Keys: h hint")
        let learner = root.appendingPathComponent("Exercises/exercise-1.swift")
        try FileManager.default.removeItem(at: learner)
        try FileManager.default.copyItem(at: root.appendingPathComponent("Solutions/exercise-1.swift"), to: learner)
        let next = try screen(session, until: "✗ exercise-2: A generic stack")
        XCTAssertTrue(next.contains("✓ exercise-1 passed. Now exercise-2: A generic stack."), next)
        XCTAssertTrue(next.contains("Watching Exercises/exercise-2.swift"), next)
    }

    func lastLine(_ screen: String) -> String {
        screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
    }
}
