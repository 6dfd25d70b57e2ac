import CourseModel

/// `course hint`: the hint revealed, numbered, and what comes after it.
public enum HintView {
    /// `used` is 1-based: the hint to show. `watching`: in `course watch`, where the learner presses h.
    public static func render(_ exercise: Exercise, used: Int, style: Style, watching: Bool = false) -> String {
        let hints = exercise.settings.hints
        guard !hints.isEmpty else {
            return "\(exercise.id) has no hints. Re-read the lesson with \(style.command("course lesson \(exercise.lessonNumber)")).\n"
        }
        var text = style.bold("Hint \(used) of \(hints.count) for \(exercise.id) (\(exercise.settings.title)):") + "\n"
        let hint = hints[used - 1]
        text += hint.hasSuffix("\n") ? hint : hint + "\n"
        if used < hints.count {
            text += "\n" + (watching ? style.dim("Press h again for a stronger hint.")
                : style.dim("Run ") + style.command("course hint \(exercise.id)") + style.dim(" again for a stronger hint.")) + "\n"
        } else {
            text += style.dim("\nThat was the last hint. The reference solution unlocks once your solution passes.") + "\n"
        }
        return text
    }
}
