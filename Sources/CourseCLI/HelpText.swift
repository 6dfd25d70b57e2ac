import CourseModel

/// The help texts, generated from `CommandRegistry`.
public enum HelpText {
    /// `course --help` and `course help`.
    public static func overview(_ commands: [any Command] = CommandRegistry.all) -> String {
        var text = """
        course: read lessons, edit exercises, and check them against hidden tests.

        Usage: course [command] [options]

        Run 'course' alone to see where you are.

        Commands:

        """
        let column = max(10, (commands.map(\.name.count).max() ?? 0) + 2)
        for command in commands where !command.forInstructors {
            text += "  " + command.name.padding(toLength: column, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        let instructors = commands.filter(\.forInstructors)
        if !instructors.isEmpty {
            text += "\nFor instructors (writing, checking and grading a course):\n\n"
            for command in instructors {
                let summary = command.summary.replacingOccurrences(of: " (for instructors).", with: ".")
                text += "  " + command.name.padding(toLength: column, withPad: " ", startingAt: 0) + summary + "\n"
            }
        }
        text += "\nGlobal options:\n"
        for option in GlobalOptions.all {
            let left = "  " + option.spelled
            text += left.count < 25 ? left.padding(toLength: 25, withPad: " ", startingAt: 0) + option.help + "\n"
                : left + "\n" + String(repeating: " ", count: 25) + option.help + "\n"
        }
        text += """

        Environment: COURSE_PROGRESS (progress file), COURSE_SWIFTC (the swiftc to use), COURSE_SANDBOX (as --sandbox),
        COURSE_BWRAP (the bwrap to use), PAGER, NO_COLOR.
        Exit status: 0 success or pass, 1 failure, 64 usage error.

        """
        return text
    }

    /// `course help <command>` and `course <command> --help`.
    public static func command(_ command: any Command) -> String {
        var text = "Usage: \(command.usage)\n\n\(command.summary)\n"
        if !command.details.isEmpty { text += "\n\(command.details)\n" }
        if !command.parameters.isEmpty {
            text += "\nOptions:\n"
            for parameter in command.parameters {
                let left = parameter.spelled
                text += "  " + left.padding(toLength: max(14, left.count + 2), withPad: " ", startingAt: 0) + parameter.help + "\n"
            }
        }
        return text
    }
}
