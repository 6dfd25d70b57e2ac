import CourseModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a built test program and turns its result channel into per-test verdicts.
///
/// A run cut short (crash, `exit`, timeout, flood of output) blames the test that was running,
/// then runs each test still without a verdict in a process of its own.
struct TestRun {
    var plan: BuildPlan
    var inputs: ExerciseInputs
    var environment: [String: String]
    var displayPath: String
    /// The sandbox the test program runs in, or nil for process-level protections only.
    var sandbox: Sandbox?
    /// Authenticates the harness's records on the result channel; sent on stdin, never printed.
    let resultTag = Nonce.make()
    /// Splits standard output into what each test printed; may leak without harm.
    let markerTag = Nonce.make()
    /// Marks every process of this check, so escaped ones can be found and killed.
    let sweepTag = Nonce.make()

    static let keepOutputBytes = Limits.standard.keptTestOutputBytes
    static let killAfterOutputBytes = Limits.standard.killAfterTestOutputBytes

    func execute() -> GradeReport {
        let id = inputs.exercise.id
        let timeout = inputs.exercise.settings.timeoutSeconds
        let expected = inputs.tests
        var verdicts: [String: GradeReport.TestResult] = [:]
        let budgetEnd = Date().addingTimeInterval(Limits.standard.runBudget(testTimeout: timeout))
        ChildRegistry.shared.addTag(sweepTag)
        defer { ChildRegistry.shared.removeTag(sweepTag) }
        var pending = expected.map(\.id)
        var firstRun = true
        while !pending.isEmpty {
            if !firstRun && Date() > budgetEnd {
                for testID in pending {
                    verdicts[testID] = result(testID, .error, "not run: earlier tests used up the time allowed for this check")
                }
                break
            }
            let selection = firstRun ? [] : [pending[0]]
            firstRun = false
            let ran = try? Subprocess.run(processSpec(selection: selection, timeout: timeout))
            OrphanSweeper.sweep(tag: sweepTag)
            guard var process = ran else {
                return .error(id, .toolchain, "The test program could not be started. Check that \(plan.work.path) allows running programs "
                    + "(it must not be on a noexec mount; set TMPDIR to another folder).")
            }
            if sandbox != nil { process.termination = Sandbox.termination(process.termination) }
            let channel = ResultChannel.parse(process.channel, nonce: resultTag)
            if !channel.began, let fault = startFault(process) { return .error(id, .toolchain, fault) }
            let outputs = TestOutput.split(process.output, nonce: markerTag).mapValues(rewritePaths)
            for record in channel.records where record.finished {
                guard let testID = testID(record.name), pending.contains(testID) else { continue }
                verdicts[testID] = verdict(for: record, testID: testID, output: outputs[record.name])
            }
            if !channel.done {
                let blamed = channel.unfinished.flatMap(testID) ?? (selection.first ?? (channel.began ? nil : pending.first))
                if let blamed, pending.contains(blamed), verdicts[blamed] == nil {
                    let name = channel.unfinished ?? ""
                    verdicts[blamed] = result(blamed, .error, cutShort(process, timeout: timeout, output: outputs[name] ?? rewritePaths(process.outputText)),
                                              output: outputs[name])
                }
                if !channel.began && selection.isEmpty && verdicts.isEmpty {
                    return .error(id, .harness, "The test program stopped before running any test (\(process.termination)). Output:\n"
                        + String(process.outputText.prefix(2000)))
                }
            } else if !selection.isEmpty, verdicts[selection[0]] == nil {
                verdicts[selection[0]] = result(selection[0], .error, "was not reported by the test run")
            }
            pending = expected.map(\.id).filter { verdicts[$0] == nil }
            if channel.done && !pending.isEmpty && selection.isEmpty {
                for testID in pending { verdicts[testID] = result(testID, .error, "was not reported by the test run") }
                pending = []
            }
        }
        let tests = expected.map { verdicts[$0.id] ?? result($0.id, .error, "has no result") }
        let status: GradeReport.Status = tests.allSatisfy { $0.status == .pass } ? .pass : .fail
        return GradeReport(exercise: id, status: status, tests: tests)
    }

    /// Shows the learner's own path where the runtime names the scratch copy (`#fileID` or the full path).
    func rewritePaths(_ text: String) -> String {
        text.replacingOccurrences(of: plan.submissionSource, with: displayPath)
            .replacingOccurrences(of: "\(BuildPlan.learnerModule)/submission.swift", with: displayPath)
    }

    /// The test program's process: inside the sandbox when there is one, with the fixed environment.
    func processSpec(selection: [String], timeout: Double) -> ProcessSpec {
        let input = Array((resultTag + "\n" + markerTag + "\n").utf8)
        let limits = (keep: TestRun.keepOutputBytes, kill: TestRun.killAfterOutputBytes)
        guard let sandbox else {
            return ProcessSpec(executable: plan.runner, arguments: selection, environment: childEnvironment(sandboxed: false),
                               workingDirectory: plan.runFolder, input: input, timeout: timeout,
                               keepOutputBytes: limits.keep, killAfterOutputBytes: limits.kill, resultChannel: true)
        }
        var mounts = [Sandbox.Mount(outside: plan.runner, inside: Sandbox.runner),
                      Sandbox.Mount(outside: plan.runFolder, inside: Sandbox.workingDirectory, writable: true)]
        if let support = inputs.supportFolder { mounts.append(Sandbox.Mount(outside: support, inside: Sandbox.support)) }
        if inputs.exercise.settings.sharedLibrary {
            mounts.append(Sandbox.Mount(outside: plan.sharedLibrary, inside: Sandbox.sharedLibrary))
        }
        let inner = ProcessSpec(executable: Sandbox.runner, arguments: selection, environment: childEnvironment(sandboxed: true),
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
            sweepTag: sweepTag)
    }

    /// A test program that never began because it could not run is the toolchain's or the machine's
    /// fault, never the learner's: exit 126/127 from the shell or bwrap, or a runner that is not a program.
    func startFault(_ process: ProcessResult) -> String? {
        guard case .exited(let code) = process.termination else { return nil }
        let said = process.outputText.split(separator: "\n").first.map { " It said: \($0.prefix(300))" } ?? ""
        if code == 126 || code == 127 {
            return "The test program could not be run (exit status \(code)). If \(plan.work.path) is on a noexec mount, "
                + "set TMPDIR to a folder that allows running programs; if COURSE_SWIFTC is set, check that it is a real swiftc.\(said)"
        }
        if sandbox != nil, code == 1, process.outputText.hasPrefix("bwrap:") {
            return "The sandbox could not start the test program.\(said) Run with --sandbox off to grade without it."
        }
        return nil
    }

    /// `Suite.testName` (XCTest's name on Linux) → `Suite/testName`, if it is one of the expected tests.
    func testID(_ name: String) -> String? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let candidate = name[..<dot] + "/" + name[name.index(after: dot)...]
        return inputs.tests.contains { $0.id == candidate } ? String(candidate) : nil
    }

    func result(_ testID: String, _ status: GradeReport.Status, _ message: String?, output: String? = nil) -> GradeReport.TestResult {
        let method = testID.split(separator: "/").last.map(String.init) ?? testID
        return GradeReport.TestResult(id: testID, name: GradeReport.plainWords(method), status: status,
                                      message: message, output: output.flatMap { $0.isEmpty ? nil : $0 })
    }

    func verdict(for record: ResultChannel.Record, testID: String, output: String?) -> GradeReport.TestResult {
        if record.skipped {
            return result(testID, .fail, "was skipped (XCTSkip); a skipped test does not count as a pass", output: output)
        }
        if record.passed && record.failures.isEmpty { return result(testID, .pass, nil, output: output) }
        let failures = record.failures.map { rewritePaths($0.hasSuffix(" - ") ? String($0.dropLast(3)) : $0) }
        let message = failures.isEmpty ? "failed" : failures.joined(separator: "\n")
        return result(testID, .fail, message, output: output)
    }

    func cutShort(_ process: ProcessResult, timeout: Double, output: String) -> String {
        if process.timedOut {
            return "did not finish within \(Int(timeout)) seconds and was stopped. Look for a loop that never ends."
        }
        if process.outputLimitHit {
            return "printed more than \(TestRun.killAfterOutputBytes >> 20) MB of output and was stopped. Look for a print inside a loop that never ends."
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
