import CourseMarkdown
import CourseModel

/// A lesson turned into terminal text: a heading line, the rendered Markdown, then the lesson's exercises.
public enum LessonView {
    /// Lessons are set no wider than this on a wide terminal: long lines are hard to read.
    public static let readableWidth = 100

    /// The lesson page: heading and body, rendered for the terminal's width.
    public static func render(_ lesson: Lesson, width: Int, color: Bool) -> String {
        let header = "# Lesson \(lesson.number): \(lesson.title)\n\n"
        let trimmed = String(lesson.body.drop { $0 == "\n" || $0 == "\r" || $0 == " " })
        let body = trimmed.hasPrefix("# ") ? dropFirstHeading(trimmed) : trimmed
        return MarkdownRenderer(width: width, theme: color ? .color : .plain).render(header + body)
    }

    /// The list under a lesson: each exercise's state, its file and the command that checks it.
    public static func footer(_ exercises: [(exercise: Exercise, state: ExerciseState)], style: Style) -> String {
        var lines = [style.bold("Your exercises for this lesson:")]
        if exercises.isEmpty { lines.append("  (none: this lesson is reading only)") }
        for (exercise, state) in exercises {
            let mark = state == .done ? style.green("✓") : (state == .changed ? style.yellow("~") : style.dim("•"))
            lines.append("  \(mark) \(exercise.id): \(exercise.settings.title)\(state == .done ? style.dim(" (done)") : "")")
            lines.append("      edit   \(style.path(exercise.learnerPath))")
            lines.append("      check  \(style.command("course check \(exercise.id)"))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line for after the pager closes, so the next step stays on screen: check the first exercise of
    /// the lesson not done yet, or go on to the next lesson.
    public static func nextStep(_ exercises: [(exercise: Exercise, state: ExerciseState)], style: Style) -> String {
        guard let first = exercises.first(where: { $0.state != .done })?.exercise else {
            return "Next: \(style.command("course next"))"
        }
        return "Next: edit \(style.path(first.learnerPath)), then \(style.command("course check \(first.id)"))"
    }

    static func dropFirstHeading(_ body: String) -> String {
        guard let newline = body.firstIndex(of: "\n") else { return "" }
        return String(body[body.index(after: newline)...])
    }
}
