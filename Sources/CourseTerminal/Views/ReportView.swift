import CourseGrading
import CourseModel
import Foundation

/// A grade report in plain words: one line per test, messages, and always a next step.
public enum ReportView {
    /// `gradedFile`: the file `check --file` graded; then the footer says nothing was recorded instead of a next step.
    /// `watching`: in `course watch`, where saving re-checks and keys do the rest. `hintsLeft`: false once the
    /// learner has seen every hint (or there is none): the next step then points at the lesson, not at a hint.
    public static func render(_ report: GradeReport, exercise: Exercise, next: NextStep?, style: Style,
                              gradedFile: String? = nil, edition: CourseEdition = .full, watching: Bool = false,
                              hintsLeft: Bool = true) -> String {
        let report = shownPaths(report, exercise: exercise, style: style)
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
                    if let seed = generatedSeed(in: message) {
                        lines.append("      Reproduce with " + style.command("course check \(id) --seed \(seed)"))
                    }
                }
                if test.status != .pass, let output = test.output {
                    lines.append("      " + style.dim("printed:"))
                    lines += output.split(separator: "\n", omittingEmptySubsequences: false).prefix(20).map { "        " + style.dim(String($0)) }
                }
            }
            let passed = report.tests.filter { $0.status == .pass }.count
            lines.append("")
            lines.append("\(passed) of \(report.tests.count) tests passed." + (report.fromCache && report.unchangedSinceLastCheck != false ? style.dim(" (unchanged since the last check)") : ""))
            if edition == .learner {
                lines.append("These are the public tests. The hidden tests run when your instructor grades your work.")
            }
            lines += warningLines(report.diagnostics.filter { $0.severity == "warning" }, style: style)
        }
        lines.append("")
        if let gradedFile {
            lines.append("Graded \(gradedFile) against \(id)'s tests; nothing was recorded in your progress.")
            return lines.joined(separator: "\n")
        }
        if watching {
            lines.append(watchStep(report, style: style, hintsLeft: hintsLeft))
            return lines.joined(separator: "\n")
        }
        let lessonCommand = style.command("course lesson \(exercise.lessonNumber)")
        let reread = (exercise.settings.hints.isEmpty ? "R" : "You have seen every hint; r") + "e-read the lesson: \(lessonCommand)"
        let stuck = hintsLeft ? style.command("course hint \(id)") : reread
        if report.passed {
            if let learned = exercise.settings.learned { lines.append(style.bold("What you learned: ") + learned) }
            if edition == .full {
                lines.append("The reference solution is now available: \(style.command("course solution \(id)"))")
            }
            if let next, let first = next.opensFirst {
                let lesson = next.lesson.map { ", in \(style.command("course lesson \($0.number)"))" } ?? ""
                lines.append("Next: \(next.exercise.id)\(lesson). \(first.id) is not done yet: \(style.command("course next")) opens its lesson.")
            } else if let next {
                lines.append("Next: \(style.command("course next")) (then \(next.exercise.id))")
            } else {
                lines.append("Every exercise is done: you have finished the course. Run \(style.command("course list")) to see your progress.")
            }
        } else {
            switch report.errorKind {
            case .compile?:
                lines.append("Next: fix the first error above, then run \(style.command("course check \(id)")) again. Stuck? \(stuck)")
            case .brokenSuite?:
                lines.append("Next: nothing to change in \(exercise.learnerPath) for this; tell your instructor, and carry on with another exercise (\(style.command("course list"))).")
            case .missingRequirement?, .toolchain?, .harness?, .noTests?, .sandboxUnavailable?:
                lines.append("Next: fix the problem above, then run \(style.command("course check \(id)")) again.")
            default:
                lines.append(hintsLeft
                    ? "Next: \(style.command("course hint \(id)")) for a hint, then edit \(style.path(exercise.learnerPath)) and run \(style.command("course check \(id)")) again."
                    : "Next: edit \(style.path(exercise.learnerPath)) and run \(style.command("course check \(id)")) again. Stuck? \(stuck)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The compiler's warnings about the learner's file, briefly: at most three, one line each.
    static func warningLines(_ warnings: [Diagnostic], style: Style) -> [String] {
        guard !warnings.isEmpty else { return [] }
        let count = warnings.count == 1 ? "1 compiler warning" : "\(warnings.count) compiler warnings"
        var lines = ["", style.yellow("\(count) in your file:")]
        for warning in warnings.prefix(3) {
            var message = warning.message
            if message.hasSuffix("]"), let group = message.range(of: " [#", options: .backwards) { message = String(message[..<group.lowerBound]) }
            lines.append("  " + style.path(warning.file) + ":\(warning.line):\(warning.column): " + message)
        }
        if warnings.count > 3 { lines.append(style.dim("  … and \(warnings.count - 3) more")) }
        return lines
    }

    /// In watch the learner saves to re-check and presses keys: the next step says so.
    static func watchStep(_ report: GradeReport, style: Style, hintsLeft: Bool) -> String {
        if report.passed { return style.green("Passed.") }
        let stuck = hintsLeft ? "Stuck? Press h for a hint." : "You have seen every hint; stuck? Re-read the lesson."
        if report.errorKind == .compile { return "Fix the first error above and save the file: it is checked again. \(stuck)" }
        if [.missingRequirement, .toolchain, .harness, .noTests, .sandboxUnavailable].contains(report.errorKind) {
            return "Fix the problem above, then save the file to check again."
        }
        return "Save the file to check again. \(stuck)"
    }

    /// The seed a generated case names (`(generated case 7 of 200, seed 41; …`), when the message has one.
    static func generatedSeed(in message: String) -> UInt64? {
        guard let start = message.range(of: "(generated case ") else { return nil }
        let rest = message[start.upperBound...]
        guard let seedStart = rest.range(of: ", seed ") else { return nil }
        return UInt64(rest[seedStart.upperBound...].prefix { $0.isNumber })
    }

    /// The learner's file named as they would type it from where they stand, and commands as they type
    /// them, in every message.
    static func shownPaths(_ report: GradeReport, exercise: Exercise, style: Style) -> GradeReport {
        let path = exercise.learnerPath
        guard style.path(path) != path || style.program != "course" else { return report }
        var shown = report
        shown.message = report.message.map { style.commands(in: style.paths(in: $0, path)) }
        shown.compilerOutput = report.compilerOutput.map { style.paths(in: $0, path) }
        for index in shown.tests.indices {
            shown.tests[index].message = shown.tests[index].message.map { style.commands(in: style.paths(in: $0, path)) }
        }
        return shown
    }
}
