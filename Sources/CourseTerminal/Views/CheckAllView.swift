import CourseGrading
import CourseModel

/// `course check --all`: one row per exercise, then the count and the next step.
public enum CheckAllView {
    /// `width`: the terminal's; each row is then cut to it (a long title ends in `…`), so no row wraps
    /// and the columns stay aligned.
    public static func render(_ results: [(exercise: Exercise, report: GradeReport)], style: Style, width: Int? = nil) -> String {
        let idWidth = max(8, results.map(\.exercise.id.count).max() ?? 0)
        let counts = results.map { result -> String in
            let passed = result.report.tests.filter { $0.status == .pass }.count
            return result.report.tests.isEmpty ? "–" : "\(passed)/\(result.report.tests.count)"
        }
        let testsWidth = max(5, counts.map(\.count).max() ?? 0)
        func pad(_ text: String, _ size: Int) -> String { text + String(repeating: " ", count: max(0, size - text.count)) }
        func fitted(_ row: String) -> String {
            guard let width, width > 10, LineWrapper.visibleWidth(row) > width else { return row }
            return LineWrapper.cut(row, width: width)
        }
        var lines = [style.bold(fitted(pad("exercise", idWidth) + "  " + pad("result", 7) + "  " + pad("tests", testsWidth) + "  title"))]
        for ((exercise, report), tests) in zip(results, counts) {
            let mark: String
            switch report.status {
            case .pass: mark = style.green(pad("✓ pass", 7))
            case .fail: mark = style.red(pad("✗ fail", 7))
            case .error: mark = style.red(pad("! " + (report.errorKind == .compile ? "build" : "error"), 7))
            }
            lines.append(fitted(pad(exercise.id, idWidth) + "  " + mark + "  " + pad(tests, testsWidth) + "  " + exercise.settings.title))
        }
        let failing = results.filter { !$0.report.passed }
        lines.append("")
        let cached = results.filter { $0.report.fromCache && $0.report.unchangedSinceLastCheck != false }.count
        lines.append("\(results.count - failing.count) of \(results.count) exercises pass."
            + (cached == 0 ? "" : style.dim(" (\(cached) unchanged since their last check)")))
        if let first = failing.first {
            lines.append("Next: \(style.command("course check \(first.exercise.id)")) to see what fails in \(first.exercise.id).")
        } else {
            lines.append(style.green("Every exercise passes."))
        }
        return lines.joined(separator: "\n")
    }
}
