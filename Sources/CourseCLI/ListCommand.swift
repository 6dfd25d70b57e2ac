import CourseModel
import CourseTerminal

/// `course list`: every lesson and exercise with its status, grouped by module.
struct ListCommand: Command {
    static let json = Parameter.flag("--json", "Print id, title, lesson, status and the paths of the learner file and the reference solution.")

    let name = "list"
    let summary = "List lessons and exercises with their status and overall progress."
    static let plain = Parameter.flag("--plain", "Print the list even on a terminal (no keys).")
    let details = """
        Status is pending, done, or changed (passed once, edited since). On a terminal the list takes keys:         ↑/↓ or j/k move, Enter opens the lesson, c checks, r resets (after a y), f filters all/pending/done,         q quits. Piped, or with --plain, it is printed.
        """
    let parameters = [ListCommand.json, ListCommand.plain]

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        try invocation.expectArguments(max: 0)
        if invocation.context.stdoutIsTerminal, let readKey = invocation.context.readKey,
           !invocation.arguments.has(Self.json), !invocation.arguments.has(Self.plain) {
            return try InteractiveList(course: course, invocation: invocation, readKey: readKey).run()
        }
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
        if course.exercises.isEmpty && course.broken.isEmpty { output.out("\n" + course.noExercisesMessage) }
        if !course.problems.isEmpty { output.err(ListView.problemsNote(count: course.problems.count, style: output.style)) }
    }
}
