import CourseModel
/// Caps on what one report carries, so a submission that prints or compares megabytes can flood
/// neither the terminal nor the report cache.
public enum ReportLimits {
    /// Characters kept of one test's failure message, or of what it printed.
    public static let perTest = Limits.standard.outputCharactersPerTest
    /// Characters kept of the report's own message and of the compiler's output.
    public static let perReport = Limits.standard.reportCharacters

    /// `text` cut to `limit` characters, with a note saying so.
    static func cut(_ text: String, _ limit: Int) -> String {
        // Slack for a note an earlier step already added when it cut the same text.
        guard text.count > limit + 200 else { return text }
        return String(text.prefix(limit)) + "\n… (cut here: \(text.count - limit) more characters not shown)"
    }
}

extension GradeReport {
    /// The same report with every message and output within `ReportLimits`.
    public func bounded() -> GradeReport {
        var report = self
        report.message = message.map { ReportLimits.cut($0, ReportLimits.perReport) }
        report.compilerOutput = compilerOutput.map { ReportLimits.cut($0, ReportLimits.perReport) }
        report.tests = tests.map { test in
            var test = test
            test.message = test.message.map { ReportLimits.cut($0, ReportLimits.perTest) }
            test.output = test.output.map { ReportLimits.cut($0, ReportLimits.perTest) }
            return test
        }
        return report
    }
}
