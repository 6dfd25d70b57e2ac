import CourseModel
import CourseTerminal

/// `course hint`: the next hint, counted in progress.
struct HintCommand: Command {
    let name = "hint"
    let summary = "Reveal the next hint for an exercise."
    let arguments = "[exercise-N]"
    let positionals = Positionals.upToOne
    let details = "Without an exercise, the current one (the first not done). Hints go from a nudge to nearly the answer; the number you used is kept in your progress."

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        let actions = ExerciseActions(invocation, course: course)
        let exercise = try invocation.exercise(in: course, progress: try actions.progress.load(), required: false)
        try actions.revealHint(exercise, output: invocation.output)
        return 0
    }

}
