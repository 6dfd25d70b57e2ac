import CourseModel
import Foundation

/// What a student reads about their grade: per exercise, the score and each test. A hidden test shows only
/// whether it passed, unless the instructor releases hidden messages (`--release-hidden`).
public enum StudentFeedback {
    public enum Format: String, Sendable, CaseIterable { case markdown, text }

    public static func render(_ student: String, _ results: ClassResults, format: Format, releaseHidden: Bool) -> String {
        let markdown = format == .markdown
        var lines: [String] = []
        lines.append(markdown ? "# \(results.courseTitle): feedback for \(student)" : "\(results.courseTitle): feedback for \(student)")
        lines.append("")
        lines.append("Total: \(Score.text(results.total(student))) of \(Score.text(results.maxTotal)) points.")
        if let note = results.note(student) { lines += ["", "Your submission could not be graded: the folder \(note)."] }
        for column in results.columns {
            guard let entry = results.entry(student, column.id) else { continue }
            lines.append("")
            let heading = "\(column.id): \(column.title) — \(Score.text(entry.score)) of \(Score.text(entry.maxScore))"
            lines.append(markdown ? "## \(heading)" : heading)
            switch entry.outcome {
            case .missing: lines.append("Not submitted.")
            case .invalid: lines.append("Not graded (see above).")
            case .error:
                lines.append("It did not build, so no test ran:")
                lines.append(contentsOf: fenced(entry.message ?? "", markdown: markdown))
            case .passed, .failed:
                for test in entry.tests {
                    let mark = test.passed ? "✓" : "✗"
                    let kind = test.isPublic ? "public" : "hidden"
                    var line = "\(markdown ? "- " : "  ")\(mark) \(test.name) (\(kind))"
                    if !test.passed, test.isPublic || releaseHidden, let message = test.message, !message.isEmpty {
                        line += ": " + message.replacingOccurrences(of: "\n", with: " ")
                    }
                    lines.append(line)
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func fenced(_ text: String, markdown: Bool) -> [String] {
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(20).map(String.init)
        return markdown ? ["```"] + body.map { $0.replacingOccurrences(of: "```", with: "'''") } + ["```"] : body.map { "    " + $0 }
    }
}
