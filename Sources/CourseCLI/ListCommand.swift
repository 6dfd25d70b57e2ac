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
        if invocation.context.stdoutIsTerminal, let readKey = invocation.context.readKey,
           !invocation.arguments.has(Self.json), !invocation.arguments.has(Self.plain) {
            return try InteractiveList(course: course, invocation: invocation, readKey: readKey).run()
        }
        try ExerciseActions(invocation, course: course).showList(output: invocation.output, json: invocation.arguments.has(Self.json))
        return 0
    }

}
