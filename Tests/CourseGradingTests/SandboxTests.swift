@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// Test programs run in a bubblewrap sandbox where it works (CI installs bubblewrap), and with
/// process-level protections only when it is off. Each attack asserts its exact verdict in the modes
/// where the two differ.
final class SandboxTests: XCTestCase {
    typealias F = GradingFixtures

    func grader(_ mode: SandboxMode) throws -> Grader {
        var grader = try TestSupport.grader()
        grader.sandboxMode = mode
        return grader
    }

    func gradeStack(_ fixture: String, mode: SandboxMode, course: URL = TestSupport.tinyCourse,
                    submission: URL? = nil) throws -> GradeReport {
        let loaded = try CourseLoader.load(root: course)
        return try grader(mode).grade(course: loaded, exercise: try loaded.exercise("exercise-2"),
                                      submission: submission ?? F.submission(fixture), displayPath: "Exercises/exercise-2.swift")
    }

    /// The wrong stacks keep nothing on push: two tests fail with XCTest's own messages, one passes.
    func assertWrongStackFails(_ report: GradeReport, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(report.status, .fail, report.message ?? "", file: file, line: line)
        XCTAssertEqual(F.verdicts(report), ["\(F.pushThenPop) fail", "\(F.popEmpty) pass", "\(F.peek) fail"], file: file, line: line)
    }

    func testTheSandboxWorksOnThisMachine() throws {
        let decision = try grader(.require).sandboxDecision
        XCTAssertNotNil(decision.sandbox, "bubblewrap must work here (.ci/run installs it): \(decision)")
    }

    func testAPassIsGradedInsideTheSandbox() throws {
        let report = try gradeStack("stack-correct.swift", mode: .require)
        XCTAssertEqual(report.status, .pass, report.message ?? "")
        XCTAssertTrue(report.sandboxed)
        let off = try gradeStack("stack-correct.swift", mode: .off)
        XCTAssertEqual(off.status, .pass)
        XCTAssertFalse(off.sandboxed)
    }

    /// A crash is still a crash of the test that was running: bwrap's exit status 128+N reads as signal N.
    func testACrashInsideTheSandboxNamesTheSignal() throws {
        let report = try gradeStack("stack-crash-in-pop.swift", mode: .require)
        XCTAssertEqual(report.status, .fail)
        XCTAssertTrue(F.result(report, F.popEmpty)?.message?.hasPrefix("crashed at Exercises/exercise-2.swift:12:20: Unexpectedly found nil") == true,
                      F.result(report, F.popEmpty)?.message ?? "")
    }

    /// The channel is a socket: reopening /proc/self/fd/3 fails, so the tag cannot be read back.
    func testTheResultChannelCannotBeReopenedToStealTheTag() throws {
        for mode in [SandboxMode.require, .off] {
            assertWrongStackFails(try gradeStack("attack-reopen-channel.swift", mode: mode))
        }
    }

    /// Inside the sandbox the course, its caches and the home folder are invisible, the parent cannot be
    /// signalled (it is outside the PID namespace) and there is no network.
    func testTheSandboxHidesTheCourseTheHomeFolderTheParentAndTheNetwork() throws {
        let course = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        try FileManager.default.createDirectory(at: course.appendingPathComponent(".course/cache"), withIntermediateDirectories: true)
        let source = try String(contentsOf: F.submission("attack-escape-sandbox.swift"), encoding: .utf8)
            .replacingOccurrences(of: "COURSE_FOLDER", with: course.path)
        let submission = course.appendingPathComponent("Exercises/exercise-2.swift")
        try source.write(to: submission, atomically: true, encoding: .utf8)

        let report = try gradeStack("", mode: .require, course: course, submission: submission)
        XCTAssertEqual(report.status, .pass, "the stack itself is right")
        let output = try XCTUnwrap(F.result(report, F.popEmpty)?.output)
        XCTAssertEqual(output.split(separator: "\n").filter { $0.hasPrefix("escape:") }, [
            "escape: course folder write failed", "escape: course folder invisible", "escape: home invisible",
            "escape: parent pid 1", "escape: network loopback only", "escape: disk bounded",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: course.appendingPathComponent(".course/cache/forged.json").path))

        // Without the sandbox the same code reaches the course folder: the README says so.
        let unsandboxed = try gradeStack("", mode: .off, course: course, submission: submission)
        let seen = try XCTUnwrap(F.result(unsandboxed, F.popEmpty)?.output)
        XCTAssertTrue(seen.contains("escape: course folder write worked"), seen)
        try? FileManager.default.removeItem(at: course.appendingPathComponent(".course/cache/forged.json"))
    }

    /// The test program is copied in execute-only: the code under test cannot read it (the suite, the harness,
    /// their symbols), and the scratch folder's host path appears neither in bwrap's command line nor in the
    /// mount table. Without the sandbox the program is the learner's own file to read: the README says so.
    func testTheRunnerIsExecuteOnlyAndNoHostPathShows() throws {
        let report = try gradeStack("attack-read-runner.swift", mode: .require)
        XCTAssertEqual(report.status, .pass, report.message ?? "")
        let lines = (F.result(report, F.pushThenPop)?.output ?? "").split(separator: "\n").filter { $0.hasPrefix("look:") }
        XCTAssertEqual(lines, ["look: /sandbox/runner unreadable", "look: /proc/self/exe unreadable",
                               "look: bwrap's command line hides the scratch folder", "look: the mount table hides the scratch folder"])
    }

    /// `require` where bwrap does not exist is an error for every check, never a silent fallback;
    /// `auto` falls back and says why.
    func testWithoutBubblewrapRequireIsAnErrorAndAutoFallsBack() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["COURSE_BWRAP"] = "/nonexistent/bwrap"
        let toolchain = try Toolchain.locate(environment: environment)
        var grader = Grader(toolchain: toolchain, environment: environment, harnessCache: TestSupport.harnessCache, sandbox: .require)
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        let report = grader.grade(course: course, exercise: try course.exercise("exercise-2"),
                                  submission: F.submission("stack-correct.swift"), displayPath: "Exercises/exercise-2.swift")
        XCTAssertEqual(report.status, .error)
        XCTAssertEqual(report.errorKind, .sandboxUnavailable)
        XCTAssertEqual(report.message, "The sandbox is required (--sandbox require) but cannot be used: bubblewrap (bwrap) is not installed. "
            + Bubblewrap.installAdvice)
        grader.sandboxMode = .auto
        XCTAssertEqual(grader.sandboxDecision, .unsandboxed(reason: "bubblewrap (bwrap) is not installed."))
        let fallback = grader.grade(course: course, exercise: try course.exercise("exercise-2"),
                                    submission: F.submission("stack-correct.swift"), displayPath: "Exercises/exercise-2.swift")
        XCTAssertEqual(fallback.status, .pass)
        XCTAssertFalse(fallback.sandboxed)
    }

    /// A `COURSE_BWRAP` that runs the command without isolating it is refused: the probe sees the host's
    /// files, its own PID and uid. `require` is an error, `auto` falls back and says why.
    func testABubblewrapThatDoesNotIsolateIsRefused() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let fake = folder.appendingPathComponent("bwrap")
        try "#!/bin/sh\nwhile [ \"$1\" != \"--\" ]; do shift; done\nshift\nexec \"$@\"\n".write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        var environment = ProcessInfo.processInfo.environment
        environment["COURSE_BWRAP"] = fake.path
        let toolchain = try Toolchain.locate(environment: environment)
        let grader = Grader(toolchain: toolchain, environment: environment, harnessCache: TestSupport.harnessCache, sandbox: .require)
        guard case .unavailable(let reason) = grader.sandboxDecision else { return XCTFail("\(grader.sandboxDecision)") }
        XCTAssertTrue(reason.hasPrefix("\(fake.path) ran the probe without isolating it (it said \"pid "), reason)
        XCTAssertTrue(reason.contains(" visible\", a sandbox says \"pid 2 uid \(Bubblewrap.expectedUID) hidden\")"), reason)
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        let report = grader.grade(course: course, exercise: try course.exercise("exercise-2"),
                                  submission: F.submission("stack-correct.swift"), displayPath: "Exercises/exercise-2.swift")
        XCTAssertEqual(report.errorKind, .sandboxUnavailable)
    }

    /// The report cache keys on the sandbox's identity: a report made under one bwrap is not replayed under another.
    func testTheReportCacheKeyIncludesTheSandboxsIdentity() throws {
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        let inputs = ExerciseInputs(course: course, exercise: try course.exercise("exercise-2"))
        let toolchain = try Toolchain.locate(environment: ProcessInfo.processInfo.environment)
        func key(_ identity: String) -> String {
            GradeCache.key(submission: [1], inputs: inputs, toolchain: toolchain, environment: [:], sandboxed: true, sandboxIdentity: identity)
        }
        XCTAssertNotEqual(key(Bubblewrap(bwrap: "/usr/bin/bwrap", runtimeLibraries: []).identity), key("/tmp/fake/bwrap 0 0"))
    }

    func testTheModeComesFromTheEnvironment() {
        XCTAssertEqual(SandboxMode.from(environment: [:]), .auto)
        XCTAssertEqual(SandboxMode.from(environment: ["COURSE_SANDBOX": "off"]), .off)
        XCTAssertEqual(SandboxMode.from(environment: ["COURSE_SANDBOX": "REQUIRE"]), .require)
        XCTAssertNil(SandboxMode.from(environment: ["COURSE_SANDBOX": "sometimes"]))
    }

    /// bwrap reports a child killed by a signal as 128 + N.
    func testBubblewrapExitStatusesMapToSignals() {
        XCTAssertEqual(Bubblewrap(bwrap: "/usr/bin/bwrap", runtimeLibraries: []).termination(.exited(139)), .signaled(11))
        XCTAssertEqual(Bubblewrap(bwrap: "/usr/bin/bwrap", runtimeLibraries: []).termination(.exited(1)), .exited(1))
        XCTAssertEqual(Bubblewrap(bwrap: "/usr/bin/bwrap", runtimeLibraries: []).termination(.signaled(9)), .signaled(9))
    }

    /// A probe that worked is remembered per boot, bwrap binary and settings; anything else probes again.
    func testAProbeThatWorkedIsRememberedForThisBootOnly() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let memory = try XCTUnwrap(ProbeMemory<Bubblewrap>(folder: folder, key: "auto|/usr/bin"))
        XCTAssertNil(memory.recall())
        let sandbox = Bubblewrap(bwrap: "/usr/bin/bwrap", runtimeLibraries: ["/usr/lib"])
        memory.remember(sandbox)
        XCTAssertEqual(memory.recall(), sandbox)
        XCTAssertNil(ProbeMemory<Bubblewrap>(folder: folder, key: "auto|/elsewhere")?.recall(), "other settings probe again")
        try Data("{}".utf8).write(to: memory.file)
        XCTAssertNil(memory.recall(), "a damaged memory is not trusted")
        memory.remember(sandbox)
        SandboxDecision.forget(in: folder)
        XCTAssertNil(memory.recall(), "a toolchain fault in the sandbox makes the next check probe again")
    }
}
