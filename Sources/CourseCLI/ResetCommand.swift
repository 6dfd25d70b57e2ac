import CourseModel
import Foundation

/// `course reset`: restores the starter, keeping the learner's file as a backup first.
struct ResetCommand: Command {
    let name = "reset"
    let summary = "Restore an exercise's starter file."
    let arguments = "<exercise-N>"
    let positionals = Positionals(1...1, missing: "name an exercise, e.g. 'course reset exercise-1'")
    var details: String { "Your current file is kept as a backup in \(Layout.backups)/ first. Works without git." }

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        let exercise = try invocation.exercise(in: course, progress: try invocation.progress(of: course).load(), required: true)
        try ExerciseActions(invocation, course: course).reset(exercise, output: invocation.output, now: invocation.context.now())
        return 0
    }

}

extension Course {
    /// A URL inside the course as a path relative to its root; other URLs as absolute paths.
    func relativePath(_ url: URL) -> String {
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : url.path
    }
}
