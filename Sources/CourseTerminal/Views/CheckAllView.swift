import CourseGrading
import CourseModel

/// `course check --all`: one row per exercise, then the count and the next step.
public enum CheckAllView {
    public static func render(_ results: [(exercise: Exercise, report: GradeReport)], style: Style) -> String {
        let idWidth = max(8, results.map(\.exercise.id.count).max() ?? 0)
        var lines = [style.bold("exercise".padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  result  tests  title")]
        for (exercise, report) in results {
            let passed = report.tests.filter { $0.status == .pass }.count
            let mark: String
            switch report.status {
            case .pass: mark = style.green("✓ pass")
            case .fail: mark = style.red("✗ fail")
            case .error: mark = style.red("! " + (report.errorKind == .compile ? "build" : "error"))
            }
            let tests = report.tests.isEmpty ? "–" : "\(passed)/\(report.tests.count)"
            lines.append(exercise.id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  " + mark + "  "
                + tests.padding(toLength: 5, withPad: " ", startingAt: 0) + "  " + exercise.settings.title)
        }
        let failing = results.filter { !$0.report.passed }
        lines.append("")
        let cached = results.filter(\.report.fromCache).count
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
