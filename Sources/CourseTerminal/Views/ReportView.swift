import CourseKit
import CourseModel
import Foundation

/// A grade report in plain words: one line per test, messages, and always a next step.
public enum ReportView {
    /// `gradedFile`: the file `check --file` graded; then the footer says nothing was recorded instead of a next step.
    public static func render(_ report: GradeReport, exercise: Exercise, next: Exercise?, style: Style,
                              gradedFile: String? = nil, edition: CourseEdition = .full) -> String {
        var lines: [String] = []
        let id = exercise.id
        let title = "\(id): \(exercise.settings.title)"
        switch report.status {
        case .error where report.tests.isEmpty:
            lines.append(style.red("✗ ") + style.bold(title))
            lines.append(report.message ?? "The check could not run.")
            if let output = report.compilerOutput {
                lines.append("")
                lines.append(output.trimmingCharacters(in: .newlines))
            }
        default:
            lines.append((report.passed ? style.green("✓ ") : style.red("✗ ")) + style.bold(title))
            if let message = report.message { lines.append(message) }
            for test in report.tests {
                switch test.status {
                case .pass: lines.append("  " + style.green("✓") + " " + test.name)
                case .fail: lines.append("  " + style.red("✗") + " " + test.name)
                case .error: lines.append("  " + style.red("!") + " " + test.name)
                }
                if test.status != .pass, let message = test.message {
                    lines += message.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }
                }
                if test.status != .pass, let output = test.output {
                    lines.append("      " + style.dim("printed:"))
                    lines += output.split(separator: "\n", omittingEmptySubsequences: false).prefix(20).map { "        " + style.dim(String($0)) }
                }
            }
            let passed = report.tests.filter { $0.status == .pass }.count
            lines.append("")
            lines.append("\(passed) of \(report.tests.count) tests passed." + (report.fromCache ? style.dim(" (unchanged since the last check)") : ""))
            if edition == .learner {
                lines.append("These are the public tests. The hidden tests run when your instructor grades your work.")
            }
        }
        lines.append("")
        if let gradedFile {
            lines.append("Graded \(gradedFile) against \(id)'s tests; nothing was recorded in your progress.")
            return lines.joined(separator: "\n")
        }
        if report.passed {
            if let learned = exercise.settings.learned { lines.append(style.bold("What you learned: ") + learned) }
            if edition == .full {
                lines.append("The reference solution is now available: \(style.command("course solution \(id)"))")
            }
            if let next {
                lines.append("Next: \(style.command("course next")) (then \(next.id))")
            } else {
                lines.append("Every exercise is done: you have finished the course. Run \(style.command("course list")) to see your progress.")
            }
        } else {
            switch report.errorKind {
            case .compile?:
                lines.append("Next: fix the first error above, then run \(style.command("course check \(id)")) again. Stuck? \(style.command("course hint \(id)"))")
            case .brokenSuite?:
                lines.append("Next: nothing to change in \(exercise.learnerPath) for this; tell your instructor, and carry on with another exercise (\(style.command("course list"))).")
            case .missingRequirement?, .toolchain?, .harness?, .noTests?, .sandboxUnavailable?:
                lines.append("Next: fix the problem above, then run \(style.command("course check \(id)")) again.")
            default:
                lines.append("Next: \(style.command("course hint \(id)")) for a hint, then edit \(exercise.learnerPath) and run \(style.command("course check \(id)")) again.")
            }
        }
        return lines.joined(separator: "\n")
    }
}
