import CourseModel
import CourseTerminal

/// `course list`: every lesson and exercise with its status, grouped by module.
struct ListCommand: Command {
    static let json = Parameter.flag("--json", "Print id, title, lesson, status and the paths of the learner file and the reference solution.")

    let name = "list"
    let summary = "List lessons and exercises with their status and overall progress."
    let details = "Status is pending, done, or changed (passed once, edited since)."
    let parameters = [ListCommand.json]

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        try invocation.expectArguments(max: 0)
        try Self.show(course, progress: invocation.progress(of: course), output: invocation.output,
                      json: invocation.arguments.has(Self.json))
        return 0
    }

    /// The list, as text or JSON; `course watch` shows it on the `l` key.
    static func show(_ course: Course, progress access: ProgressAccess, output: Output, json: Bool) throws {
        let progress = try access.load()
        let summary = course.summary(of: progress)
        if json {
            output.out(try JSONOutput.text(ListView.json(course, summary: summary)))
            return
        }
        output.raw(ListView.render(course, summary: summary, style: output.style))
        if !course.problems.isEmpty { output.err(ListView.problemsNote(count: course.problems.count, style: output.style)) }
    }
}
