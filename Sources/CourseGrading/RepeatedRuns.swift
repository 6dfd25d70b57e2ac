/// An exercise with `repeat_runs` passes only when every run passes.
enum RepeatedRuns {
    /// The report of the first run that did not pass, each failed test saying that it passed before.
    static func unstable(_ report: GradeReport, run: Int, of runs: Int) -> GradeReport {
        var report = report
        report.unstable = true
        report.tests = report.tests.map { test in
            guard test.status != .pass else { return test }
            var test = test
            test.message = "failed on run \(run) of \(runs), although earlier runs passed: the result is not stable "
                + "(a race, or something that depends on timing or order). " + (test.message ?? "")
            return test
        }
        return report
    }
}
