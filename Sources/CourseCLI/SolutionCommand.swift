import CourseModel
import Foundation

/// `course solution`: the reference solution, once the learner's own has passed.
struct SolutionCommand: Command {
    static let force = Parameter.flag("--force", "Show it before you have passed.")

    let name = "solution"
    let summary = "Show the reference solution once your own has passed."
    let arguments = "<exercise-N>"
    let positionals = Positionals(1...1, missing: "name an exercise, e.g. 'course solution exercise-1'")
    let parameters = [SolutionCommand.force]

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        let progress = try invocation.progress(of: course).load()
        let exercise = try invocation.exercise(in: course, progress: progress, required: true)
        guard course.edition == .full else {
            invocation.output.err("Solutions are not included in this learner edition of \(course.title). Your instructor may share them after grading.")
            return 1
        }
        guard progress[exercise.id].status == .done || invocation.arguments.has(Self.force) else {
            throw CourseError.solutionLocked(exercise: exercise.id)
        }
        guard let text = try? String(contentsOf: course.url(exercise.solutionPath), encoding: .utf8) else {
            throw CourseError.invalidCourse(file: exercise.solutionPath, reason: "is missing. Tell your instructor.")
        }
        invocation.output.out(invocation.style.bold("Reference solution for \(exercise.id) (\(exercise.solutionPath)):") + "\n")
        invocation.output.out(text)
        return 0
    }
}
