/// The pure core of `TestRun`: the verdicts of a suite's tests, filled in run by run from what the
/// harness reported. Records in, verdicts out; no processes, no clock, so a table of record sequences
/// tests it (`VerdictBoardTests`).
struct VerdictBoard: Equatable {
    /// Every test of the suite, as `Class/method`, in suite order.
    let expected: [String]
    private(set) var verdicts: [String: GradeReport.TestResult] = [:]
    /// What the learner reads for a test id, where it is not the method name in plain words (Swift Testing).
    let titles: [String: String]
    /// Each argument's result of a parameterized Swift Testing test, by the test's id, in run order.
    private(set) var cases: [String: [GradeReport.TestResult]] = [:]
    /// Tests whose verdict is the crash of one of their arguments, already listed among `cases`.
    private(set) var blamedOnArgument: Set<String> = []
    /// Issues Swift Testing recorded outside any test: each fails the check.
    private(set) var outside: [String] = []
    /// Generated cases reported by every run folded in.
    private(set) var generated = GradeReport.Generated(cases: 0, seconds: 0)

    init(expected: [String], titles: [String: String] = [:]) {
        self.expected = expected
        self.titles = titles
    }

    init(tests: [SuiteScanner.TestMethod]) {
        self.init(expected: tests.map(\.id), titles: Dictionary(tests.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first }))
    }

    /// One run of the test program as the board sees it.
    struct Run: Equatable {
        /// The tests it was asked to run alone; empty for "all of them".
        var selection: [String]
        var channel: ResultChannel
        /// What each test printed, by XCTest's name (`Class.method`).
        var outputs: [String: String]
        /// Why the run ended before the harness said `done`, in plain words, for the test it is blamed on.
        var endedEarly: String
    }

    /// Tests still without a verdict, in suite order.
    var pending: [String] { expected.filter { verdicts[$0] == nil } }

    /// XCTest's `Class.method` → `Class/method`, if it is one of the expected tests.
    func testID(_ name: String) -> String? {
        if expected.contains(name) { return name }  // Swift Testing reports the id itself
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let candidate = name[..<dot] + "/" + name[name.index(after: dot)...]
        return expected.contains(String(candidate)) ? String(candidate) : nil
    }

    /// Folds one run in. Every test that finished gets its verdict; if the run ended early, the test
    /// that was running (or the one run alone, or — when no test began — the first pending one) is
    /// blamed; a run that ended normally without reporting a test it was asked for says so.
    mutating func merge(_ run: Run) {
        let before = pending
        if run.channel.tampered {  // the tag leaked and the test process forged records: no record of it counts
            for id in before { verdicts[id] = result(id, .fail, VerdictBoard.tamperedMessage) }
            return
        }
        for record in run.channel.records where record.finished {
            guard let id = testID(record.name), before.contains(id) else { continue }
            let verdict = verdict(record, id: id, output: run.outputs[record.outputKey])
            if record.argument != nil {
                cases[id, default: []].append(verdict)
            } else if verdicts[id] == nil {
                verdicts[id] = verdict
            }
        }
        outside += run.channel.outsideIssues
        generated.cases += run.channel.generatedCases
        generated.seconds += run.channel.generatedSeconds
        if !run.channel.done {
            let unfinished = run.channel.unfinishedRecord
            let blamed = unfinished.flatMap { testID($0.name) } ?? run.selection.first ?? (run.channel.began ? nil : before.first)
            if let blamed, before.contains(blamed), verdicts[blamed] == nil {
                let output = run.outputs[run.channel.unfinished ?? ""]
                if let argument = unfinished?.argument, unfinished.flatMap({ testID($0.name) }) == blamed {
                    cases[blamed, default: []].append(caseResult(blamed, argument, .error,
                        run.endedEarly + "\nThe arguments after it did not run.", output: output))
                    blamedOnArgument.insert(blamed)
                }
                verdicts[blamed] = result(blamed, .error, run.endedEarly, output: output)
            }
        } else {
            let asked = run.selection.isEmpty ? before : run.selection
            for id in asked where verdicts[id] == nil && expected.contains(id) {
                verdicts[id] = result(id, .error, "was not reported by the test run")
            }
        }
    }

    /// Why every test fails when the run's records were forged (`ResultChannel.tampered`).
    static let tamperedMessage = "failed: code in the test process wrote records of its own on the harness's result channel "
        + "(a record out of sequence). A submission that forges results gets no verdict from them."

    /// Every test still pending gets `message` (the time for the check ran out).
    /// Whether some test has a verdict other than a pass.
    var hasFailure: Bool { verdicts.values.contains { $0.status != .pass } || !outside.isEmpty }

    /// Why the rest did not run when one failure was all a grading needed (`ExerciseInputs.oneFailureSuffices`).
    static let notRunAfterFailure = "not run: an earlier test already failed, which is all this grading needed"

    mutating func giveUp(_ message: String) {
        for id in pending { verdicts[id] = result(id, .error, message) }
    }

    /// The report: a pass only when every expected test passed.
    func report(exercise: String) -> GradeReport {
        var tests: [GradeReport.TestResult] = []
        for id in expected {
            let verdict = verdicts[id] ?? result(id, .error, "has no result")
            // A parameterized test reads as its arguments; the test's own verdict is added when it says more.
            if let cases = cases[id], !cases.isEmpty {
                tests += cases
                if verdict.status != .pass, !blamedOnArgument.contains(id) { tests.append(verdict) }
            } else {
                tests.append(verdict)
            }
        }
        tests += outside.enumerated().map { index, message in
            GradeReport.TestResult(id: "outside-any-test/\(index + 1)", name: "an issue recorded outside any test", status: .fail,
                                   message: message, output: nil)
        }
        var report = GradeReport(exercise: exercise, status: tests.allSatisfy { $0.status == .pass } ? .pass : .fail, tests: tests)
        report.generated = generated.cases > 0 ? generated : nil
        return report
    }

    func result(_ id: String, _ status: GradeReport.Status, _ message: String?, output: String? = nil) -> GradeReport.TestResult {
        let method = id.split(separator: "/").last.map(String.init) ?? id
        return GradeReport.TestResult(id: id, name: titles[id] ?? GradeReport.plainWords(method), status: status,
                                      message: message, output: output.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// One argument of a parameterized test: its id and name end with the argument.
    func caseResult(_ id: String, _ argument: String, _ status: GradeReport.Status, _ message: String?,
                    output: String?) -> GradeReport.TestResult {
        var base = result(id, status, message, output: output)
        base.id += " [\(argument)]"
        base.name += " (\(argument))"
        return base
    }

    func verdict(_ record: ResultChannel.Record, id: String, output: String?) -> GradeReport.TestResult {
        func make(_ status: GradeReport.Status, _ message: String?) -> GradeReport.TestResult {
            record.argument.map { caseResult(id, $0, status, message, output: output) } ?? result(id, status, message, output: output)
        }
        if record.skipped {
            return make(.fail, "was skipped (\(record.skipReason ?? "XCTSkip")); a skipped test does not count as a pass")
        }
        if record.passed && record.failures.isEmpty { return make(.pass, nil) }
        let failures = record.failures.map { $0.hasSuffix(" - ") ? String($0.dropLast(3)) : $0 }
        return make(.fail, failures.isEmpty ? "failed" : failures.joined(separator: "\n"))
    }
}
