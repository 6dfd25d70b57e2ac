import CourseCLI
import CourseModel
import CourseTerminal
import CourseTestSupport
import Foundation
import Synchronization
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Missing files, a missing compiler, piped output, concurrent checks and Ctrl-C, with the real binary.
final class RobustnessEndToEndTests: EndToEndTestCase {
    func testMissingLearnerFileSuggestsReset() throws {
        let root = try tinyCopy()
        try FileManager.default.removeItem(at: root.appendingPathComponent("Exercises/exercise-1.swift"))
        let run = try course("check", "exercise-1", in: root)
        assertStatus(run, 1)
        assertContains(run.stdout + run.stderr, "Exercises/exercise-1.swift does not exist", "course reset exercise-1")
    }

    func testMissingCompilerNamesCOURSE_SWIFTC() throws {
        let root = try tinyCopy()
        let run = try course("check", "exercise-1", in: root, environment: ["COURSE_SWIFTC": "/nonexistent"])
        assertStatus(run, 1)
        assertContains(run.stderr, "COURSE_SWIFTC", "/nonexistent")
    }

    func testPipedOutputHasNoEscapeCharacters() throws {
        let root = try tinyCopy()
        let colourful = ["NO_COLOR": "", "TERM": "xterm-256color"]
        var runs: [TestSupport.Run] = []
        for arguments in [[], ["next"], ["list"], ["hint", "exercise-1"], ["check", "exercise-1"], ["solution", "exercise-1"], ["bogus"]] {
            runs.append(try TestSupport.runCourse(arguments, in: root, environment: colourful))
        }
        for run in runs {
            XCTAssertFalse(run.stdout.contains("\u{1B}"), run.stdout.debugDescription)
            XCTAssertFalse(run.stderr.contains("\u{1B}"), run.stderr.debugDescription)
        }
        XCTAssertEqual(runs.map(\.status), [0, 0, 0, 0, 1, 1, 64])
        // The same output does have colour when asked for, so the check above can fail.
        let forced = try course("list", "--color=always", in: root, environment: colourful)
        XCTAssertTrue(forced.stdout.contains("\u{1B}["), forced.stdout)
    }

    func testConcurrentChecksRecordEveryAttempt() throws {
        let root = try tinyCopy()
        let exercises = ["exercise-1", "exercise-2", "exercise-1", "exercise-1"]
        let collected = Mutex<[Int: Result<TestSupport.Run, Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: exercises.count) { index in
            let result = Result { try TestSupport.runCourse(["check", exercises[index]], in: root) }
            collected.withLock { $0[index] = result }
        }
        let results = collected.withLock { $0 }
        for index in exercises.indices {
            let run = try XCTUnwrap(results[index]).get()
            assertStatus(run, 1)
            assertContains(run.stdout, "tests passed.")
        }
        let progress = try progressJSON(root)
        XCTAssertEqual(entry("exercise-1", progress)["attempts"] as? Int, 3)
        XCTAssertEqual(entry("exercise-2", progress)["attempts"] as? Int, 1)
        let total = ((progress["exercises"] as? [String: Any]) ?? [:]).values
            .compactMap { ($0 as? [String: Any])?["attempts"] as? Int }.reduce(0, +)
        XCTAssertEqual(total, 4)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".course").path)
            .filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testCtrlCStopsTheCheckAndCleansUp() throws {
        let root = try tinyCopy()
        let scratch = try TestSupport.temporaryFolder(self)
        let tmp = scratch.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let solution = try text("Solutions/exercise-2.swift", in: root)
        let looping = solution.replacingOccurrences(of: "return items.last", with: "while true { }")
        XCTAssertNotEqual(looping, solution)
        try write(looping, to: "Exercises/exercise-2.swift", in: root)

        let background = try BackgroundCourse(["check", "exercise-2"], in: root, environment: ["TMPDIR": tmp.path], logs: scratch)
        addTeardownBlock {
            if background.process.isRunning { kill(background.process.processIdentifier, SIGKILL) }
        }
        // Wait for the test program to be running the endless loop, then press Ctrl-C.
        let started = waitUntil(seconds: 60) {
            !self.processes(mentioning: tmp.path + "/course-check-").filter { $0.commandLine.contains("/runner") }.isEmpty
                || !background.process.isRunning
        }
        XCTAssertTrue(started, "the test program never started")
        XCTAssertTrue(background.process.isRunning, "course ended before Ctrl-C:\n\(background.stdout)\n\(background.stderr)")
        usleep(1_500_000)
        XCTAssertEqual(kill(background.process.processIdentifier, SIGINT), 0)

        let ended = waitUntil(seconds: 10) { !background.process.isRunning }
        if !ended { kill(background.process.processIdentifier, SIGKILL) }
        XCTAssertTrue(ended, "course did not stop after SIGINT")
        background.process.waitUntilExit()
        let byExit = background.process.terminationReason == .exit && background.process.terminationStatus == 130
        let bySignal = background.process.terminationReason == .uncaughtSignal && background.process.terminationStatus == SIGINT
        XCTAssertTrue(byExit || bySignal,
                      "status \(background.process.terminationStatus) (\(background.process.terminationReason.rawValue))\n\(background.stderr)")

        let gone = waitUntil(seconds: 5) { self.processes(mentioning: tmp.path).isEmpty }
        XCTAssertTrue(gone, "left running: \(processes(mentioning: tmp.path))")
        let folders = try FileManager.default.contentsOfDirectory(atPath: tmp.path).filter { $0.hasPrefix("course-check-") }
        let leftContents = folders.flatMap { folder in
            (FileManager.default.enumerator(atPath: tmp.appendingPathComponent(folder).path)?.allObjects as? [String] ?? [])
                .map { "\(folder)/\($0)" }
        }
        XCTAssertEqual(folders, [], "scratch folders left in TMPDIR, holding: \(leftContents.sorted())")
        let progress = root.appendingPathComponent(".course/progress.json")
        if FileManager.default.fileExists(atPath: progress.path) {
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(contentsOf: progress)), "progress.json is valid JSON")
        }
    }
}
