import CourseModel

/// `course help [command]`: the command list, or one command's usage, options and details.
struct HelpCommand: Command {
    let name = "help"
    let summary = "Show the command list, or help for one command."
    let arguments = "[command]"
    let positionals = Positionals.upToOne
    let details = "Example: 'course help check'. 'course <command> --help' shows the same."

    func run(_ invocation: Invocation) throws -> Int32 {
        guard let wanted = invocation.arguments.positionals.first else {
            invocation.output.raw(HelpText.overview())
            return 0
        }
        guard let command = CommandRegistry.command(named: wanted) else {
            let near = EditDistance.suggestion(for: wanted, among: CommandRegistry.names).map { " Did you mean '\($0)'?" } ?? ""
            throw CourseError.usage("unknown command '\(wanted)'.\(near)")
        }
        invocation.output.raw(HelpText.command(command))
        return 0
    }
}
