import CourseCLI
import CourseModel
import CourseTerminal
import CourseTestSupport
import Foundation
import Synchronization
import XCTest

/// `course watch` on the real binary: save a file, see a re-check, move on after a pass.
final class WatchEndToEndTests: XCTestCase {
    /// A running `course` process whose output is collected as it arrives.
    final class LiveProcess {
        /// The output so far, appended to by the pipe's handler thread.
        final class Collected: Sendable {
            let data = Mutex(Data())
        }

        let process: Process
        private let collected = Collected()

        init(arguments: [String], folder: URL) throws {
            process = TestSupport.courseProcess(arguments, in: folder)
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            process.standardInput = Pipe()
            let collected = self.collected
            pipe.fileHandleForReading.readabilityHandler = { handle in
                let data = handle.availableData
                collected.data.withLock { $0.append(data) }
            }
            try process.run()
        }

        var text: String {
            collected.data.withLock { String(decoding: $0, as: UTF8.self) }
        }

        /// Waits (at most `timeout` seconds) until the output contains `needle` `count` times.
        func waitFor(_ needle: String, count: Int = 1, timeout: Double = 90) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if text.components(separatedBy: needle).count - 1 >= count { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }
    }

    func testSavingTheFileTriggersARecheckAndAPassMovesOnToTheNextFile() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let live = try LiveProcess(arguments: ["watch", "exercise-1"], folder: root)
        defer { if live.process.isRunning { live.process.terminate() } }
        XCTAssertTrue(live.waitFor("Watching Exercises/exercise-1.swift"), live.text)
        XCTAssertTrue(live.text.contains("✗ exercise-1: Say hello"), live.text)

        // A save that still fails: a re-check appears.
        let learner = root.appendingPathComponent("Exercises/exercise-1.swift")
        try "func greet(_ name: String) -> String { \"Hi, \\(name)!\" }\n".write(to: learner, atomically: true, encoding: .utf8)
        XCTAssertTrue(live.waitFor("✗ exercise-1: Say hello", count: 2), live.text)
        XCTAssertTrue(live.text.contains("expected: Hello, Ada!\n        actual:   Hi, Ada!"), live.text)

        // The right answer: a pass, which stays on screen while watch moves on to the next exercise's file.
        try FileManager.default.removeItem(at: learner)
        try FileManager.default.copyItem(at: root.appendingPathComponent("Solutions/exercise-1.swift"), to: learner)
        XCTAssertTrue(live.waitFor("✓ exercise-1: Say hello"), live.text)
        XCTAssertTrue(live.waitFor("Now exercise-2: A generic stack."), live.text)
        XCTAssertTrue(live.waitFor("Watching Exercises/exercise-2.swift"), live.text)
        XCTAssertFalse(live.text.contains("✗ exercise-2"), "the next exercise waits for its first save: \(live.text)")

        live.process.terminate()
        live.process.waitUntilExit()
        let progress = try String(contentsOf: root.appendingPathComponent(".course/progress.json"), encoding: .utf8)
        XCTAssertTrue(progress.contains("\"status\" : \"done\""), progress)
    }

    func testWatchOnceChecksOnceAndExitsWithTheVerdict() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let run = try TestSupport.runCourse(["watch", "exercise-1", "--once"], in: root)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("✗ exercise-1: Say hello"), run.stdout)
    }

    func testTheFileWatcherSeesAChangeByPollingAndIgnoresASaveWithTheSameBytes() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let file = folder.appendingPathComponent("a.swift")
        try "one".write(to: file, atomically: true, encoding: .utf8)
        let watcher = FileWatcher(path: file.path)
        XCTAssertFalse(watcher.changed())
        try "one".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertFalse(watcher.changed(), "the same bytes saved again are not a change")
        try "two".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertTrue(watcher.changed())
        XCTAssertFalse(watcher.changed(), "a change is reported once")
        try FileManager.default.removeItem(at: file)
        XCTAssertTrue(watcher.changed(), "deleting the file is a change")
    }
}
