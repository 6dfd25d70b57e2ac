@testable import CourseModel
@testable import CourseProcess
import CourseTestSupport
import Foundation
import XCTest

/// The subprocess runner the grader uses for compilers and test programs.
final class SubprocessRunTests: XCTestCase {
    func sh(_ script: String, input: [UInt8] = [], timeout: Double? = 30, keep: Int = 1 << 20, killAfter: Int = 64 << 20,
            channel: Bool = false, directory: String? = nil) throws -> ProcessResult {
        try Subprocess.run(ProcessSpec(executable: "/bin/sh", arguments: ["-c", script], workingDirectory: directory, input: input,
                                       timeout: timeout, keepOutputBytes: keep, killAfterOutputBytes: killAfter,
                                       resultChannel: channel))
    }

    func testExitStatusAndMergedOutput() throws {
        let result = try sh("echo out; echo err >&2; exit 7")
        XCTAssertEqual(result.termination, .exited(7))
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.outputText, "out\nerr\n")
        XCTAssertEqual(result.outputBytes, 8)
        XCTAssertFalse(result.timedOut)
        XCTAssertFalse(result.outputLimitHit)
        XCTAssertFalse(result.outputTruncated)
        XCTAssertEqual(result.channel, [])
        XCTAssertTrue(try sh("true").succeeded)
    }

    /// Every child leads a session of its own and has no controlling terminal, in a terminal or not
    /// (/proc/PID/stat: field 6 is the session, field 7 the terminal, 0 for none).
    func testTheChildLeadsItsOwnSessionWithoutATerminal() throws {
        let fields = try sh("cat /proc/$$/stat").outputText.split(separator: ")").last?.split(separator: " ") ?? []
        XCTAssertGreaterThanOrEqual(fields.count, 5, "\(fields)")
        let (group, session, terminal) = (fields[2], fields[3], fields[4])
        XCTAssertEqual(group, session, "the child's process group is its session")
        XCTAssertEqual(terminal, "0", "the child has no controlling terminal")
        let leader = try sh("test \"$(cut -d' ' -f6 /proc/$$/stat)\" = $$ && echo leader").outputText
        XCTAssertEqual(leader, "leader\n")
    }

    func testSignalIsReported() throws {
        XCTAssertEqual(try sh("kill -9 $$").termination, .signaled(SIGKILL))
        XCTAssertEqual(try sh("kill -TERM $$").termination, .signaled(SIGTERM))
        XCTAssertEqual(try sh("kill -ABRT $$").termination, .signaled(SIGABRT))
    }

    func testTimeoutKillsTheChildAndItsGrandchildren() throws {
        let sleeper = ["sleep", "1000.2323"]
        let result = try sh("sleep 1000.2323 & sleep 1000.2323 & wait", timeout: 0.5)
        XCTAssertTrue(result.timedOut)
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.termination, .signaled(SIGKILL))
        var alive = TestSupport.processes(commandLine: sleeper)
        for _ in 0..<40 where !alive.isEmpty {
            usleep(50_000)
            alive = TestSupport.processes(commandLine: sleeper)
        }
        XCTAssertEqual(alive, [])
        for pid in alive { kill(pid, SIGKILL) }
    }

    func testOutputIsCappedAndCounted() throws {
        let result = try sh("head -c 200000 /dev/zero | tr '\\000' a", keep: 1000)
        XCTAssertEqual(result.termination, .exited(0))
        XCTAssertEqual(result.output, [UInt8](repeating: UInt8(ascii: "a"), count: 1000))
        XCTAssertEqual(result.outputBytes, 200_000)
        XCTAssertTrue(result.outputTruncated)
        XCTAssertFalse(result.outputLimitHit)
    }

    func testEndlessOutputIsKilledAtTheLimit() throws {
        let result = try sh("yes 'spam spam spam'", keep: 4096, killAfter: 1 << 20)
        XCTAssertTrue(result.outputLimitHit)
        XCTAssertFalse(result.timedOut)
        XCTAssertEqual(result.termination, .signaled(SIGKILL))
        XCTAssertEqual(result.output.count, 4096)
        XCTAssertGreaterThan(result.outputBytes, 1 << 20)
    }

    func testReadsMoreThanAPipeBufferWithoutDeadlock() throws {
        let size = 3 << 20
        let result = try sh("head -c \(size) /dev/zero | tr '\\000' b; echo done >&2", keep: 4 << 20)
        XCTAssertEqual(result.termination, .exited(0))
        XCTAssertEqual(result.outputBytes, size + 5)
        XCTAssertEqual(result.output.count, size + 5)
        XCTAssertEqual(Array(result.output.suffix(5)), Array("done\n".utf8))
        XCTAssertTrue(result.output.prefix(size).allSatisfy { $0 == UInt8(ascii: "b") })
    }

    func testInputBytesReachStandardInput() throws {
        let input = Array("line one\nline two\n\u{0}binary\u{FF}".utf8)
        let result = try sh("cat", input: input)
        XCTAssertEqual(result.output, input)
        XCTAssertEqual(try sh("wc -c", input: []).outputText.trimmingCharacters(in: .whitespacesAndNewlines), "0")
    }

    /// Input larger than two pipe buffers, echoed back: writing it all before reading output deadlocks.
    /// `timeout 5` bounds the child so a deadlock fails this test instead of hanging the suite.
    func testLargeInputEchoedBackDoesNotDeadlock() throws {
        signal(SIGPIPE, SIG_IGN)
        let input = [UInt8]((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 % 251) })
        let result = try sh("exec timeout 5 cat", input: input, timeout: 60, keep: 2 << 20)
        XCTAssertEqual(result.termination, .exited(0))
        XCTAssertEqual(result.output.count, input.count)
        XCTAssertTrue(result.output == input)
    }

    func testResultChannelIsFileDescriptorThree() throws {
        let result = try sh("echo visible; printf 'record one\\nrecord two\\n' >&3", channel: true)
        XCTAssertEqual(result.termination, .exited(0))
        XCTAssertEqual(result.outputText, "visible\n")
        XCTAssertEqual(String(decoding: result.channel, as: UTF8.self), "record one\nrecord two\n")
    }

    func testWorkingDirectoryAndEnvironment() throws {
        let folder = try TestSupport.temporaryFolder(self).appendingPathComponent("with space")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try Subprocess.run(ProcessSpec(executable: "/bin/sh", arguments: ["-c", "pwd; echo \"$ONLY_VAR\"; echo \"[$HOME]\""],
                                                    environment: ["ONLY_VAR": "x y", "PATH": "/usr/bin:/bin"],
                                                    workingDirectory: folder.path, timeout: 30))
        XCTAssertEqual(result.outputText, folder.path + "\nx y\n[]\n")
    }

    func testMissingExecutableThrows() {
        XCTAssertThrowsError(try Subprocess.run(ProcessSpec(executable: "/nonexistent/tool", arguments: []))) { error in
            guard case CourseError.fileSystem(let path, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "/nonexistent/tool")
        }
    }

    func testWhich() throws {
        XCTAssertEqual(Subprocess.which("sh", path: "/nonexistent:/bin"), "/bin/sh")
        XCTAssertNil(Subprocess.which("sh", path: "/nonexistent"))
        XCTAssertNil(Subprocess.which("sh", path: nil))
        XCTAssertEqual(Subprocess.which("/bin/sh", path: nil), "/bin/sh")
        XCTAssertNil(Subprocess.which("/nonexistent/sh", path: "/bin"))
        let folder = try TestSupport.temporaryFolder(self)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sh"), withIntermediateDirectories: true)
        XCTAssertEqual(Subprocess.which("sh", path: "\(folder.path):/bin"), "/bin/sh", "a folder named sh is skipped")
    }
}
