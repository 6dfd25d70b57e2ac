import CourseAuthoring
import CourseModel
import Foundation

/// `course init [DIR]`: a new course with one lesson and one exercise that pass `course validate`.
struct InitCommand: Command {
    static let title = Parameter.option("--title", value: "T", "The course's title (default: the folder's name).")

    let name = "init"
    let forInstructors = true
    let summary = "Create a new course in a folder (for instructors)."
    let arguments = "[DIR]"
    let details = "Writes \(Layout.manifest), the \(Layout.lessons), \(Layout.exercises), \(Layout.solutions) and \(Layout.hidden) folders, a .gitignore for \(Layout.state)/, and a first lesson with one exercise (starter, solution, hidden suite, a wrong solution, hints) that passes 'course validate' as created. DIR defaults to the current folder; nothing that exists is overwritten."
    let parameters = [InitCommand.title]

    func run(_ invocation: Invocation) throws -> Int32 {
        try invocation.expectArguments(max: 1)
        let working = URL(fileURLWithPath: invocation.context.workingDirectory, isDirectory: true)
        let argument = invocation.arguments.positionals.first
        let folder = argument.map { URL(fileURLWithPath: $0, relativeTo: working).standardizedFileURL } ?? working
        let title = invocation.arguments.value(of: Self.title)?.trimmingCharacters(in: .whitespaces)
            ?? folder.lastPathComponent
        guard !title.isEmpty else { throw CourseError.usage("the course's title is empty") }
        let written = try NewCourseTemplate.create(in: folder, title: title)
        let style = invocation.style
        let go = argument.map { "cd \($0) && " } ?? ""
        invocation.output.out("""
        Created the course "\(title)" in \(argument ?? "this folder") (\(written.count) files), with lesson 1 and exercise-1.
        Check it: \(style.command("\(go)course validate")). Then try it as a learner: \(style.command("course check exercise-1 --file Solutions/exercise-1.swift")).
        Add more with \(style.command("course new lesson \"Title\"")) and \(style.command("course new exercise --lesson N")); AUTHORING.md explains each file.
        """)
        return 0
    }
}
