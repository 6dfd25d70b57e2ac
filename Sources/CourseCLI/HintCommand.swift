import CourseModel
import CourseTerminal

/// `course hint`: the next hint, counted in progress.
struct HintCommand: Command {
    let name = "hint"
    let summary = "Reveal the next hint for an exercise."
    let arguments = "[exercise-N]"
    let details = "Without an exercise, the current one (the first not done). Hints go from a nudge to nearly the answer; the number you used is kept in your progress."

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        try invocation.expectArguments(max: 1)
        let progress = invocation.progress(of: course)
        let exercise = try invocation.exercise(in: course, progress: try progress.load(), required: false)
        try Self.reveal(exercise, progress: progress, output: invocation.output)
        return 0
    }

    /// Counts and shows the next hint; `course watch` calls this on the `h` key.
    static func reveal(_ exercise: Exercise, progress: ProgressAccess, output: Output, watching: Bool = false) throws {
        let hints = exercise.settings.hints
        guard !hints.isEmpty else {
            output.raw(HintView.render(exercise, used: 0, style: output.style, watching: watching))
            return
        }
        var used = 0
        let saved = try progress.update { progress in
            used = min(progress[exercise.id].hintsUsed + 1, hints.count)
            progress[exercise.id].hintsUsed = used
        }
        if saved == nil { used = min(try progress.load()[exercise.id].hintsUsed + 1, hints.count) }
        output.raw(HintView.render(exercise, used: used, style: output.style, watching: watching))
    }
}
