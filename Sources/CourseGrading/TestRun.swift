import CourseModel
import CourseProcess
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a built test program and turns its result channel into per-test verdicts.
///
/// A run cut short (crash, `exit`, timeout, flood of output) blames the test that was running,
/// then runs each test still without a verdict in a process of its own.
package struct TestRun {
    var plan: BuildPlan
    var inputs: ExerciseInputs
    var environment: [String: String]
    var displayPath: String
    /// The sandbox the test program runs in, or nil for process-level protections only.
    var sandbox: (any SandboxBackend)?
    /// Finds the learner's line after a crash; nil leaves the runtime's own words only.
    var crashLocator: CrashLocator?
    /// Authenticates the harness's records on the result channel; sent on stdin, never printed.
    let resultTag = Nonce.make()
    /// Splits standard output into what each test printed; may leak without harm.
    let markerTag = Nonce.make()
    /// Marks every process of this check, so escaped ones can be found and killed.
    let sweepTag = Nonce.make()

    static let keepOutputBytes = Limits.standard.keptTestOutputBytes
    static let killAfterOutputBytes = Limits.standard.killAfterTestOutputBytes
    /// The start of a timed-out test's message; `validate` recognizes it to name `timeout_seconds`.
    package static let timeoutPhrase = "did not finish within"

    /// First every test in one process; then each test still without a verdict in a process of its own,
    /// within the time budget. What each run reported is folded in by the pure `VerdictBoard`.
    func execute() -> GradeReport {
        let id = inputs.exercise.id
        let timeout = inputs.exercise.settings.timeoutSeconds
        let budgetEnd = Date().addingTimeInterval(Limits.standard.runBudget(testTimeout: timeout))
        ChildRegistry.shared.addTag(sweepTag)
        defer { ChildRegistry.shared.removeTag(sweepTag) }
        var board = VerdictBoard(tests: inputs.tests)
        var selection: [String] = []
        repeat {
            switch run(selection: selection, timeout: timeout) {
            case .failure(let failure): return failure.report
            case .success(let run): board.merge(run)
            }
            guard let next = board.pending.first else { break }
            if inputs.oneFailureSuffices, board.hasFailure {
                board.giveUp(VerdictBoard.notRunAfterFailure)
                break
            }
            guard Date() <= budgetEnd else {
                board.giveUp("not run: earlier tests used up the time allowed for this check")
                break
            }
            selection = [next]
        } while true
        return board.report(exercise: id)
    }

    /// Runs the program once and reads what it reported, or says why it could not run at all.
    func run(selection: [String], timeout: Double) -> Result<VerdictBoard.Run, GradeReportFailure> {
        let id = inputs.exercise.id
        let ran = runOnce(selection: selection, timeout: timeout)
        OrphanSweeper.sweep(tag: sweepTag)
        guard var process = ran else {
            return .failure(GradeReportFailure(report: .error(id, .toolchain, "The test program could not be started. Check that "
                + "\(plan.work.path) allows running programs (it must not be on a noexec mount; set TMPDIR to another folder).")))
        }
        if let sandbox { process.termination = sandbox.termination(process.termination) }
        var channel = ResultChannel.parse(process.channel, nonce: resultTag)
        if !channel.began, let fault = startFault(process) {
            return .failure(GradeReportFailure(report: .error(id, .toolchain, fault)))
        }
        for index in channel.records.indices { channel.records[index].failures = channel.records[index].failures.map { AssertionWords.plain(rewritePaths($0)) } }
        var outputs = TestOutput.split(process.output, nonce: markerTag).mapValues(rewritePaths)
        let unfinished = channel.unfinished ?? ""
        var endedEarly = channel.done ? "" : cutShort(process, timeout: timeout, output: outputs[unfinished] ?? rewritePaths(process.outputText))
        if !channel.done, let located = locateCrash(process, unfinished: channel.unfinishedRecord?.name, selection: selection, timeout: timeout) {
            endedEarly = located
        }
        if let output = outputs[unfinished] { outputs[unfinished] = CrashSite.strip(SanitizerReport.strip(output)) }
        return .success(VerdictBoard.Run(selection: selection, channel: channel, outputs: outputs, endedEarly: endedEarly))
    }

    /// Shows the learner's own path where the runtime names the scratch copy (`#fileID` or the full path).
    /// Internal module names go too ("Submission.Stopwatch" reads "Stopwatch").
    func rewritePaths(_ text: String) -> String {
        AssertionWords.withoutInternalModules(text.replacingOccurrences(of: plan.submissionSource, with: displayPath)
            .replacingOccurrences(of: "\(BuildPlan.learnerModule)/submission.swift", with: displayPath))
    }

    /// Runs the test program once. The sandbox can fail to start it for want of resources under a burst of load:
    /// such a start is retried, twice.
    func runOnce(selection: [String], timeout: Double, runner: String? = nil) -> ProcessResult? {
        var attempt = 0
        while true {
            let result = try? Subprocess.run(processSpec(selection: selection, timeout: timeout, runner: runner))
            attempt += 1
            guard let sandbox, attempt < 3, let result, result.channel.isEmpty,
                  sandbox.failedToStartForNow(result.outputText) else { return result }
            usleep(200_000)
        }
    }

    /// The test program's process: inside the sandbox when there is one, with the fixed environment.
    /// `runner`: the program with line tables, run with the runtime's backtracer on (after a crash).
    func processSpec(selection: [String], timeout: Double, runner: String? = nil) -> ProcessSpec {
        let input = Array((resultTag + "\n" + markerTag + "\n").utf8)
        let limits = (keep: TestRun.keepOutputBytes, kill: TestRun.killAfterOutputBytes)
        let backtracer = runner == nil ? nil : crashLocator?.backtracer
        func environment(sandboxed: Bool) -> [String: String] {
            var variables = childEnvironment(sandboxed: sandboxed)
            if runner != nil {
                variables["SWIFT_BACKTRACE"] = CrashLocator.environment(backtracer: sandboxed ? backtracer.map { _ in Sandbox.backtracer } : backtracer)
            }
            return variables
        }
        guard let sandbox else {
            return ProcessSpec(executable: runner ?? plan.runner, arguments: selection, environment: environment(sandboxed: false),
                               workingDirectory: plan.runFolder, input: input, timeout: timeout,
                               keepOutputBytes: limits.keep, killAfterOutputBytes: limits.kill, resultChannel: true)
        }
        // The runner is copied in execute-only: the code under test cannot read the compiled suite, and no host
        // path shows inside. The rerun after a crash mounts its runner, which the backtracer must read.
        var mounts = [runner.map { Sandbox.Mount(outside: $0, inside: Sandbox.runner) }
            ?? Sandbox.Mount(outside: plan.runner, inside: Sandbox.runner, copiedWithMode: 0o111)]
        if let backtracer { mounts.append(Sandbox.Mount(outside: backtracer, inside: Sandbox.backtracer)) }
        if let support = inputs.supportFolder { mounts.append(Sandbox.Mount(outside: support, inside: Sandbox.support)) }
        if inputs.exercise.settings.sharedLibrary {
            mounts.append(Sandbox.Mount(outside: plan.sharedLibrary, inside: Sandbox.sharedLibrary, copiedWithMode: 0o444))
        }
        let inner = ProcessSpec(executable: Sandbox.runner, arguments: selection, environment: environment(sandboxed: true),
                                input: input, timeout: timeout, keepOutputBytes: limits.keep, killAfterOutputBytes: limits.kill,
                                resultChannel: true)
        return sandbox.wrap(inner, mounts: mounts, workingDirectory: Sandbox.workingDirectory)
    }

    func childEnvironment(sandboxed: Bool) -> [String: String] {
        TestEnvironment.make(
            user: environment, sandboxed: sandboxed,
            home: sandboxed ? "/tmp" : plan.runFolder,
            supportFolder: sandboxed ? (inputs.supportFolder == nil ? Sandbox.workingDirectory : Sandbox.support)
                : (inputs.supportFolder ?? plan.runFolder),
            sharedLibrary: inputs.exercise.settings.sharedLibrary ? (sandboxed ? Sandbox.sharedLibrary : plan.sharedLibrary) : nil,
            sweepTag: sweepTag, exercise: inputs.exercise.settings.environment.merging(
                // validate needs to know which tests fail, not the smallest failing case (`CourseProperty.shrinks`).
                ["COURSE_SEED": String(inputs.seed)].merging(inputs.shrinks ? [:] : ["COURSE_SHRINK": "off"]) { $1 }) { $1 })
    }

    /// A test program that never began because it could not run is the toolchain's or the machine's
    /// fault, never the learner's: exit 126/127 from the shell or the sandbox, or a runner that is not a program.
    func startFault(_ process: ProcessResult) -> String? {
        guard case .exited(let code) = process.termination else { return nil }
        let said = process.outputText.split(separator: "\n").first.map { " It said: \($0.prefix(300))" } ?? ""
        if code == 126 || code == 127 {
            return "The test program could not be run (exit status \(code)). If \(plan.work.path) is on a noexec mount, "
                + "set TMPDIR to a folder that allows running programs; if COURSE_SWIFTC is set, check that it is a real swiftc.\(said)"
        }
        if let sandbox, code == 1, sandbox.failedToStart(process.outputText) {
            return "The test program could not be run in the sandbox.\(said) If \(plan.work.path) is on a noexec mount, set TMPDIR "
                + "to a folder that allows running programs; if COURSE_SWIFTC is set, check that it is a real swiftc."
        }
        return nil
    }

    /// After a crash: the crashed test run again alone, built with line tables, with the runtime's
    /// backtracer on; the message names the learner's line. Nil when that line cannot be found.
    /// `unfinished`: the channel's name of the test that was running (Swift Testing's id, XCTest's `Class.method`).
    func locateCrash(_ process: ProcessResult, unfinished: String?, selection: [String], timeout: Double) -> String? {
        guard let crashLocator, !inputs.oneFailureSuffices, inputs.exercise.settings.sanitizers.isEmpty, !process.timedOut, !process.outputLimitHit,
              case .signaled(let signal) = process.termination, CrashLocator.isCrash(process.termination) else { return nil }
        let running = unfinished.flatMap { VerdictBoard.testID($0, among: inputs.tests.map(\.id)) }
        guard let test = running ?? selection.first, let runner = crashLocator.runnerWithLineTables(),
              let rerun = runOnce(selection: [test], timeout: timeout, runner: runner) else { return nil }
        OrphanSweeper.sweep(tag: sweepTag)
        let module = URL(fileURLWithPath: sandbox == nil ? runner : Sandbox.runner).lastPathComponent
        guard let site = crashLocator.site(in: rerun.outputText, module: module) else { return nil }
        return site.message(path: displayPath, sourceText: crashLocator.sourceText, signal: CrashSignal.describe(signal))
    }

    func cutShort(_ process: ProcessResult, timeout: Double, output: String) -> String {
        if process.timedOut {
            return "\(TestRun.timeoutPhrase) \(Int(timeout)) seconds and was stopped. Look for a loop that never ends."
        }
        if process.outputLimitHit {
            return "printed more than \(TestRun.killAfterOutputBytes >> 20) MB of output and was stopped. Look for a print inside a loop that never ends."
        }
        if !inputs.exercise.settings.sanitizers.isEmpty, let report = SanitizerReport.parse(process.outputText) {
            return "crashed: it " + report.sentence(symbolizer: Symbolizer.locate(plan.toolchain), runner: plan.runner,
                                                    source: plan.submissionSource, displayPath: displayPath) + "."
        }
        if inputs.exercise.settings.sanitizers.isEmpty, fatalLine(in: output)?.contains("failed to allocate") == true {
            return "used more memory than a test may (\(Limits.megabytes(Limits.standard.testDataBytes))) and was stopped. "
                + "Look for a collection that grows without end."
        }
        let reason = fatalLine(in: output).map { " The runtime said: \($0)" } ?? ""
        switch process.termination {
        case .signaled(let signal):
            return "crashed: \(CrashSignal.describe(signal)).\(reason)"
        case .exited(let code):
            return "ended the test process early (exit status \(code)). Does your code call `exit` or `abort`?\(reason)"
        }
    }

    func fatalLine(in output: String) -> String? {
        output.split(separator: "\n").first { line in
            ["Fatal error", "Precondition failed", "Assertion failed", "Simultaneous accesses", "fatal error"].contains { line.contains($0) }
        }.map { String($0.prefix(300)) }
    }
}

/// Plain words for the signals that end a test process.
enum CrashSignal {
    static func describe(_ signal: Int32) -> String {
        switch signal {
        case SIGILL, SIGTRAP:
            return "a runtime trap (force-unwrapping nil, an index out of range, arithmetic overflow, a failed precondition or an exclusivity violation)"
        case SIGABRT: return "abort() was called"
        case SIGSEGV, SIGBUS: return "a bad memory access (an unsafe pointer used after free or out of bounds?)"
        case SIGFPE: return "an arithmetic fault (division by zero?)"
        case SIGXCPU: return "it used more CPU time than allowed"
        case SIGXFSZ: return "it wrote a file larger than allowed (\(Limits.megabytes(Limits.standard.fileSizeBytes)))"
        case SIGKILL: return "it was killed"
        case SIGTERM: return "it was terminated (SIGTERM)"
        case SIGINT: return "it was interrupted (SIGINT)"
        default: return "signal \(signal)"
        }
    }
}
