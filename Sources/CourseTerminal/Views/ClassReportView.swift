import CourseClassroom
import CourseModel

/// What `course report` and `course similarity` print: the class report in a screenful (per exercise the
/// score bands, the tests that hit the most students, the top failure), and the most similar pairs.
public enum ClassReportView {
    public static func summary(_ report: ClassReport, page: String, style: Style) -> String {
        var lines = [style.bold("Class report: \(report.course)") + " — \(report.students) student\(report.students == 1 ? "" : "s")"]
        for exercise in report.exercises {
            lines.append("")
            lines.append(style.bold("\(exercise.id)") + " \(exercise.title): handed in \(exercise.submitted) of \(exercise.students), "
                + "all tests passed \(exercise.outcomes["passed"] ?? 0), mean \(Score.text(exercise.mean)) of \(Score.text(exercise.points))")
            let bands = zip(ClassReport.bands, exercise.distribution).map { "\($0) \($1)" }.joined(separator: " · ")
            lines.append("  scores: \(bands)")
            for test in exercise.tests.sorted(by: { ($0.rate, $0.id) < ($1.rate, $1.id) }).prefix(3) where test.passed < test.attempted {
                let mark = test.isPublic ? "public" : "hidden"
                let reading = test.verdict.isEmpty ? "" : ", " + (test.verdict == "everyone fails" ? style.red(test.verdict) : test.verdict)
                lines.append("  \(style.yellow("✗")) \(test.name) (\(mark)): passed \(test.passed) of \(test.attempted)\(reading)")
            }
            if let failure = exercise.failures.first {
                lines.append("  most common failure (\(failure.students.count)): \(failure.message)")
            }
            if let error = exercise.compileErrors.first {
                lines.append("  most common error (\(error.students.count)): \(error.message)")
            }
        }
        lines.append("")
        lines.append("Report: \(page) (charts, item analysis, every message with its students); figures: report.json beside it.")
        return lines.joined(separator: "\n")
    }

    public static func similarity(_ report: SimilarityReport, top: Int, files: String, style: Style) -> String {
        var lines: [String] = []
        for exercise in report.exercises {
            let own = report.pairs.filter { $0.exercise == exercise }
            lines.append(style.bold(exercise) + ": \(report.counts[exercise] ?? 0) submissions, \(own.count) pair\(own.count == 1 ? "" : "s") sharing fingerprints")
            for pair in own.prefix(top) {
                lines.append("  \(pair.shared) shared  \(pair.first) and \(pair.second) (\(percent(pair.firstShare)) of \(pair.first), \(percent(pair.secondShare)) of \(pair.second))")
            }
        }
        lines.append("")
        lines.append(style.yellow(SimilarityReport.caution))
        lines.append("Side by side: \(files)")
        return lines.joined(separator: "\n")
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}

extension ClassReport.TestStat {
    var rate: Double { attempted == 0 ? 1 : Double(passed) / Double(attempted) }
}
