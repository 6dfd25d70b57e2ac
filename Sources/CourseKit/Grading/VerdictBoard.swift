/// The pure core of `TestRun`: the verdicts of a suite's tests, filled in run by run from what the
/// harness reported. Records in, verdicts out; no processes, no clock, so a table of record sequences
/// tests it (`VerdictBoardTests`).
struct VerdictBoard: Equatable {
    /// Every test of the suite, as `Class/method`, in suite order.
    let expected: [String]
    private(set) var verdicts: [String: GradeReport.TestResult] = [:]

    init(expected: [String]) { self.expected = expected }

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
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let candidate = name[..<dot] + "/" + name[name.index(after: dot)...]
        return expected.contains(String(candidate)) ? String(candidate) : nil
    }

    /// Folds one run in. Every test that finished gets its verdict; if the run ended early, the test
    /// that was running (or the one run alone, or — when no test began — the first pending one) is
    /// blamed; a run that ended normally without reporting a test it was asked for says so.
    mutating func merge(_ run: Run) {
        let before = pending
        for record in run.channel.records where record.finished {
            guard let id = testID(record.name), verdicts[id] == nil else { continue }
            verdicts[id] = VerdictBoard.verdict(record, id: id, output: run.outputs[record.name])
        }
        if !run.channel.done {
            let blamed = run.channel.unfinished.flatMap(testID) ?? run.selection.first ?? (run.channel.began ? nil : before.first)
            if let blamed, before.contains(blamed), verdicts[blamed] == nil {
                verdicts[blamed] = VerdictBoard.result(blamed, .error, run.endedEarly, output: run.outputs[run.channel.unfinished ?? ""])
            }
        } else {
            let asked = run.selection.isEmpty ? before : run.selection
            for id in asked where verdicts[id] == nil && expected.contains(id) {
                verdicts[id] = VerdictBoard.result(id, .error, "was not reported by the test run")
            }
        }
    }

    /// Every test still pending gets `message` (the time for the check ran out).
    mutating func giveUp(_ message: String) {
        for id in pending { verdicts[id] = VerdictBoard.result(id, .error, message) }
    }

    /// The report: a pass only when every expected test passed.
    func report(exercise: String) -> GradeReport {
        let tests = expected.map { verdicts[$0] ?? VerdictBoard.result($0, .error, "has no result") }
        return GradeReport(exercise: exercise, status: tests.allSatisfy { $0.status == .pass } ? .pass : .fail, tests: tests)
    }

    static func result(_ id: String, _ status: GradeReport.Status, _ message: String?, output: String? = nil) -> GradeReport.TestResult {
        let method = id.split(separator: "/").last.map(String.init) ?? id
        return GradeReport.TestResult(id: id, name: GradeReport.plainWords(method), status: status,
                                      message: message, output: output.flatMap { $0.isEmpty ? nil : $0 })
    }

    static func verdict(_ record: ResultChannel.Record, id: String, output: String?) -> GradeReport.TestResult {
        if record.skipped {
            return result(id, .fail, "was skipped (XCTSkip); a skipped test does not count as a pass", output: output)
        }
        if record.passed && record.failures.isEmpty { return result(id, .pass, nil, output: output) }
        let failures = record.failures.map { $0.hasSuffix(" - ") ? String($0.dropLast(3)) : $0 }
        return result(id, .fail, failures.isEmpty ? "failed" : failures.joined(separator: "\n"), output: output)
    }
}
