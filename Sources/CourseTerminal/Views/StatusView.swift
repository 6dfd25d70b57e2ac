import CourseModel

/// `course` with no command: one screen saying where the learner is and what to type next.
public enum StatusView {
    /// `current` is nil once every exercise is done.
    public static func render(title: String, summary: ProgressSummary, current: Exercise?, lesson: Lesson?, style: Style) -> String {
        var lines = [style.bold(title), ProgressBar.line(summary, style: style)]
        guard let current else {
            if summary.total == 0 { return lines.joined(separator: "\n") + "\n" }
            lines.append("\nEvery exercise is done. Well played! Review any lesson with \(style.command("course lesson N")).")
            return lines.joined(separator: "\n") + "\n"
        }
        if let lesson {
            lines.append("\nLesson \(lesson.number): \(lesson.title)  \(style.dim("(\(lesson.module))"))")
        }
        lines.append("Exercise: \(current.id), \(current.settings.title)")
        lines.append("  edit   \(style.path(current.learnerPath))")
        lines.append("\nNext: \(style.command("course next")) to read the lesson, \(style.command("course check \(current.id)")) to check your work.")
        lines.append(style.dim("All commands: ") + style.command("course --help"))
        if style.program != "course" {
            lines.append(style.dim("To type plain 'course' from any folder: ") + style.command("course install"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
