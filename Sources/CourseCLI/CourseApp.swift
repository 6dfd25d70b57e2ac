import CourseModel
import CourseTerminal
import Foundation

/// The whole command-line program as a function: arguments and a context in, an exit status out.
public enum CourseApp {
    /// The command names, in the order `course help` lists them.
    public static var commandNames: [String] { CommandRegistry.names }

    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        // Known before parsing finishes, so a usage error shows the command's own usage line.
        var command: String? = arguments.first { CommandRegistry.command(named: $0) != nil }
        do {
            let parsed = try ParsedArguments.parse(arguments)
            command = parsed.command
            if parsed.version {
                context.stdout.write("course \(CourseFormat.toolVersion) (course format \(CourseFormat.supportedVersion))\n")
                return 0
            }
            if parsed.help {
                let help = parsed.command.flatMap(CommandRegistry.command(named:)).map(HelpText.command) ?? HelpText.overview()
                context.stdout.write(fitted(help, context: context))
                return 0
            }
            let chosen = parsed.command.flatMap(CommandRegistry.command(named:)) ?? CommandRegistry.standard
            return try chosen.run(Invocation(arguments: parsed, context: context))
        } catch let error as CourseError {
            return present(error, command: command, context: context)
        } catch {
            context.stderr.write("Error: \(error)\n")
            return 1
        }
    }

    /// Text wrapped to the terminal's width, as `Output` wraps every command's text.
    static func fitted(_ text: String, context: CommandContext) -> String {
        context.stdoutIsTerminal ? LineWrapper.wrap(text, width: context.terminalWidth) : text
    }

    /// The one place an error becomes text and an exit status.
    static func present(_ error: CourseError, command: String?, context: CommandContext) -> Int32 {
        context.stderr.write(fitted(text(of: error, command: command, context: context), context: context))
        return error.exitCode
    }

    /// An error as a person reads it, wherever it is shown (`present`, a key of `course watch`): a `CourseError` by
    /// its message, a usage error with the usage line, commands as the learner types them before `course` is on PATH
    /// (in colour without quotes when standard error is a terminal).
    static func text(of error: CourseError, command: String?, context: CommandContext) -> String {
        var text = "Error: \(error.message)\n"
        if error.isUsage {
            let usage = command.flatMap(CommandRegistry.command(named:))?.usage ?? "course [command] [options]"
            text += "Usage: \(usage)\nSee '\(command.map { "course \($0) --help" } ?? "course --help")'.\n"
        }
        let root = try? CourseLocator.locate(explicit: nil, workingDirectory: context.workingDirectory)
        let program = Launcher.program(environment: context.environment, executable: context.executablePath,
                                       courseRoot: root?.standardizedFileURL.path)
        // On a terminal (and NO_COLOR unset) a command reads as on every screen: in colour, without quotes.
        let color = Style.decide(.auto, isTerminal: context.stderrIsTerminal, environment: context.environment)
        return Style(color: color, program: program).commands(in: text)
    }
}
