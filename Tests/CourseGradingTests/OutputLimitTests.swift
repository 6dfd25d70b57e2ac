@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// Resource limits on the test process: output, file size, and the process group on timeout.
final class OutputLimitTests: XCTestCase {
    typealias F = GradingFixtures

    func testPrintingForeverIsStoppedAndStoredOutputStaysSmall() throws {
        let scratch = try TestSupport.temporaryFolder(self)
        let report = try F.gradeStack("limit-print-forever.swift", scratch: scratch)
        XCTAssertEqual(report.status, .fail)
        XCTAssertEqual(F.verdicts(report), ["\(F.pushThenPop) error", "\(F.popEmpty) pass", "\(F.peek) error"])
        let stopped = "printed more than 16 MB of output and was stopped. Look for a print inside a loop that never ends."
        XCTAssertEqual(F.result(report, F.pushThenPop)?.message, stopped)
        XCTAssertEqual(F.result(report, F.peek)?.message, stopped)
        for test in report.tests {
            XCTAssertLessThanOrEqual(test.output?.count ?? 0, 5000, test.id)
            XCTAssertLessThanOrEqual(test.message?.count ?? 0, 5000, test.id)
        }
        let output = try XCTUnwrap(F.result(report, F.pushThenPop)?.output)
        XCTAssertTrue(output.hasPrefix("still pushing, round 1: la la"), String(output.prefix(100)))
        XCTAssertTrue(output.hasSuffix("… (output cut at 4000 characters)"), String(output.suffix(100)))
        let json = try report.exercismJSON()
        XCTAssertLessThan(json.count, 20_000)
        XCTAssertEqual(F.leftovers(in: scratch), [])
    }

    func testWritingAHundredMegabyteFileIsStoppedByTheFileSizeLimit() throws {
        let scratch = try TestSupport.temporaryFolder(self)
        let report = try F.gradeStack("limit-big-file.swift", scratch: scratch)
        XCTAssertEqual(report.status, .fail)
        XCTAssertEqual(F.verdicts(report), ["\(F.pushThenPop) error", "\(F.popEmpty) pass", "\(F.peek) error"])
        XCTAssertEqual(F.result(report, F.pushThenPop)?.message, "crashed: it wrote a file larger than allowed (64 MB).")
        XCTAssertEqual(F.leftovers(in: scratch), [], "the run folder with the big file is removed")
    }

    func testTimeoutKillsTheWholeProcessGroup() throws {
        let sleeper = ["sleep", "1000.4242"]
        XCTAssertEqual(TestSupport.processes(commandLine: sleeper), [], "a sleeper from an earlier run is still alive")
        // Watch for the learner's child while grading runs, so the test proves it was started.
        let watcher = ProcessWatcher(commandLine: sleeper)
        watcher.start()
        let scratch = try TestSupport.temporaryFolder(self)
        let report = try F.gradeStack("limit-spawn-sleep.swift", scratch: scratch)
        let seen = watcher.stop()

        XCTAssertEqual(report.tests, [
            F.passed(F.pushThenPop),
            GradeReport.TestResult(id: "StackTests/\(F.popEmpty)", name: "pop on an empty stack is nil", status: .error,
                                   message: "did not finish within 3 seconds and was stopped. Look for a loop that never ends.",
                                   output: nil),
            F.passed(F.peek),
        ])
        XCTAssertEqual(report.status, .fail)
        XCTAssertFalse(seen.isEmpty, "the submission's child process was never seen running")
        // SIGKILL is delivered asynchronously: give the kernel a moment to tear the group down.
        var alive = TestSupport.processes(commandLine: sleeper)
        for _ in 0..<40 where !alive.isEmpty {
            usleep(50_000)
            alive = TestSupport.processes(commandLine: sleeper)
        }
        XCTAssertEqual(alive, [], "a grandchild outlived the test process")
        for pid in alive { kill(pid, SIGKILL) }
        XCTAssertEqual(F.leftovers(in: scratch), [])
    }

    func testAChildThatEscapesTheProcessGroupWithSetsidIsKilledToo() throws {
        let sleeper = ["sleep", "1000.5151"]
        XCTAssertEqual(TestSupport.processes(commandLine: sleeper), [], "a sleeper from an earlier run is still alive")
        let watcher = ProcessWatcher(commandLine: sleeper)
        watcher.start()
        let scratch = try TestSupport.temporaryFolder(self)
        let report = try F.gradeStack("limit-setsid-sleep.swift", scratch: scratch)
        let seen = watcher.stop()
        XCTAssertEqual(report.status, .pass, "the stack itself is right")
        XCTAssertFalse(seen.isEmpty, "the submission's setsid child was never seen running")
        var alive = TestSupport.processes(commandLine: sleeper)
        for _ in 0..<40 where !alive.isEmpty {
            usleep(50_000)
            alive = TestSupport.processes(commandLine: sleeper)
        }
        XCTAssertEqual(alive, [], "a process in a new session outlived the check")
        for pid in alive { kill(pid, SIGKILL) }
    }
}

/// Polls /proc on a background thread for processes with one command line.
/// `@unchecked Sendable` holds because `finished`, `stopped` and `seen` are only read and written with `condition`
/// locked; `commandLine` and `condition` are constants.
private final class ProcessWatcher: @unchecked Sendable {
    let commandLine: [String]
    private let condition = NSCondition()
    private var finished = false
    private var stopped = false
    private var seen: Set<Int32> = []

    init(commandLine: [String]) { self.commandLine = commandLine }

    func start() {
        Thread { [self] in
            while true {
                let found = TestSupport.processes(commandLine: commandLine)
                condition.lock()
                seen.formUnion(found)
                if !finished { _ = condition.wait(until: Date().addingTimeInterval(0.05)) }
                let done = finished
                if done { stopped = true; condition.broadcast() }
                condition.unlock()
                if done { return }
            }
        }.start()
    }

    /// Stops the watcher and returns every pid it saw.
    func stop() -> Set<Int32> {
        condition.lock()
        finished = true
        condition.broadcast()
        while !stopped { condition.wait() }
        let result = seen
        condition.unlock()
        return result
    }

}
