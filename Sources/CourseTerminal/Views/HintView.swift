import CourseModel

/// `course hint`: the hint revealed, numbered, and what comes after it.
public enum HintView {
    /// `used` is 1-based: the hint to show.
    public static func render(_ exercise: Exercise, used: Int, style: Style) -> String {
        let hints = exercise.settings.hints
        guard !hints.isEmpty else {
            return "\(exercise.id) has no hints. Re-read the lesson with \(style.command("course lesson \(exercise.lessonNumber)")).\n"
        }
        var text = style.bold("Hint \(used) of \(hints.count) for \(exercise.id) (\(exercise.settings.title)):") + "\n"
        let hint = hints[used - 1]
        text += hint.hasSuffix("\n") ? hint : hint + "\n"
        if used < hints.count {
            text += style.dim("\nRun 'course hint \(exercise.id)' again for a stronger hint.") + "\n"
        } else {
            text += style.dim("\nThat was the last hint. The reference solution unlocks once your solution passes.") + "\n"
        }
        return text
    }
}
