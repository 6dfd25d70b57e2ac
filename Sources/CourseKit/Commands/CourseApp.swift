import Foundation

/// The whole command-line program as a function: arguments and a context in, an exit status out.
public enum CourseApp {
    public static let commandNames = ["next", "lesson", "list", "check", "watch", "hint", "reset", "solution", "validate", "new"]

    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        // Known before parsing finishes, so a usage error shows the command's own usage line.
        var command: String? = arguments.first { commandNames.contains($0) }
        do {
            let parsed = try ParsedArguments.parse(arguments)
            command = parsed.command
            if parsed.version {
                context.stdout.write("course \(CourseFormat.toolVersion) (course format \(CourseFormat.supportedVersion))\n")
                return 0
            }
            if parsed.help {
                context.stdout.write(parsed.command.flatMap(CommandHelp.help(for:)) ?? CommandHelp.overview)
                return 0
            }
            let session = try Session(arguments: parsed, context: context)
            switch parsed.command {
            case nil: return try session.status()
            case "next": return try session.next()
            case "lesson": return try session.lesson()
            case "list": return try session.list()
            case "check": return try session.check()
            case "watch": return try session.watch()
            case "hint": return try session.hint()
            case "reset": return try session.reset()
            case "solution": return try session.solution()
            case "validate": return try session.validate()
            case "new": return try session.scaffold()
            default: return 64
            }
        } catch let error as CourseError {
            return present(error, command: command, context: context)
        } catch {
            context.stderr.write("Error: \(error)\n")
            return 1
        }
    }

    /// The one place an error becomes text and an exit status.
    static func present(_ error: CourseError, command: String?, context: CommandContext) -> Int32 {
        var text = "Error: \(error.message)\n"
        if error.isUsage {
            let usage = command.flatMap(CommandHelp.entry)?.usage ?? "course [command] [options]"
            text += "Usage: \(usage)\nSee '\(command.map { "course \($0) --help" } ?? "course --help")'.\n"
        }
        context.stderr.write(text)
        return error.exitCode
    }
}
