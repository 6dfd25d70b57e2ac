import CourseGrading
import CourseModel
import Foundation

/// `course prewarm`: compiles the hidden suites ahead of the first check, for the starters' interfaces.
struct PrewarmCommand: Command {
    static let all = Parameter.flag("--all", "Prewarm every exercise (for a dev container image or a classroom machine).",
                                    positionals: .zero)
    static let background = Parameter.flag("--background", "Run at the lowest priority and print nothing ('course next' starts it so).")

    let name = "prewarm"
    let summary = "Compile the hidden tests ahead of time, so the first check is fast."
    let arguments = "[exercise-N …]"
    let positionals = Positionals.any
    let details = """
        A check compiles your file, then the hidden tests against your file's declarations (its interface).
        The compiled tests are kept per interface, and filling in function bodies keeps the starter's interface,
        so after this even your first check compiles only your file. Without an id, prewarms the current exercise.
        'course next' and 'course lesson' start this in the background on a terminal. It runs no exercise code.
        """
    let parameters = [PrewarmCommand.all, PrewarmCommand.background]

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        let quiet = invocation.arguments.has(Self.background)
        if quiet { Grader.lowerThreadPriority() }
        let exercises: [Exercise]
        if invocation.arguments.has(Self.all) {
            exercises = course.exercises
        } else if invocation.arguments.positionals.isEmpty {
            exercises = [try invocation.exercise(in: course, progress: try invocation.progress(of: course).load(), required: false)]
        } else {
            exercises = try invocation.arguments.positionals.map { try course.exercise($0) }
        }
        let grader = try invocation.graders(for: course).grader()
        for exercise in exercises {
            let start = Date()
            let outcome = grader.prewarm(course: course, exercise: exercise)
            if quiet { continue }
            let seconds = String(format: "%.1f s", Date().timeIntervalSince(start))
            switch outcome {
            case .built: invocation.output.out("\(exercise.id): tests compiled for the starter's interface (\(seconds)).")
            case .alreadyKept: invocation.output.out("\(exercise.id): already prewarmed.")
            case .notBuilt(let reason):
                let first = reason.split(separator: "\n").first.map(String.init) ?? reason
                invocation.output.out("\(exercise.id): not prewarmed (the starter does not build with the tests: \(first)). A check compiles everything as usual.")
            }
        }
        return 0
    }

    /// The words that start a background prewarm of `exercise`, for commands that show it to a learner.
    static func backgroundArguments(_ exercise: Exercise, course: Course) -> [String] {
        ["prewarm", exercise.id, "--background", "--course", course.root.path]
    }
}
