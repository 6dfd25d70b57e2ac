import CourseGrading
import CourseModel
import CourseTerminal

/// The command line split into global options, a command, its options and its positional words.
public struct ParsedArguments: Equatable {
    public var command: String?
    public var positionals: [String] = []
    public var flags: Set<String> = []
    public var options: [String: String] = [:]
    public var coursePath: String?
    public var color: ColorChoice = .auto
    public var pager = true
    /// `--sandbox auto|require|off`; nil when not given (then `COURSE_SANDBOX`, then auto).
    public var sandbox: SandboxMode?
    public var help = false
    public var version = false

    public init() {}

    /// Whether a declared flag was given.
    public func has(_ flag: Parameter) -> Bool { flags.contains(flag.name) }

    /// The value of a declared option, if given.
    public func value(of option: Parameter) -> String? { options[option.name] }

    /// Splits a command line; the command names and each command's flags and options come from `commands`.
    public static func parse(_ arguments: [String], commands: [any Command] = CommandRegistry.all) throws -> ParsedArguments {
        var result = ParsedArguments()
        var current: (any Command)?
        var index = 0
        func value(for name: String, inline: String?) throws -> String {
            if let inline { return inline }
            index += 1
            guard index < arguments.count else { throw CourseError.usage("\(name) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                result.positionals += arguments[(index + 1)...]
                break
            }
            if argument.hasPrefix("-") && argument != "-" {
                let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
                let name = parts[0], inline = parts.count > 1 ? parts[1] : nil
                switch name {
                case "--help", "-h": result.help = true
                case "--version": result.version = true
                case "--no-pager": result.pager = false
                case "--course": result.coursePath = try value(for: name, inline: inline)
                case "--sandbox":
                    let raw = try value(for: name, inline: inline)
                    guard let mode = SandboxMode(rawValue: raw) else {
                        throw CourseError.usage("--sandbox takes auto, require or off (not '\(raw)')")
                    }
                    result.sandbox = mode
                case "--color":
                    let raw = try value(for: name, inline: inline)
                    guard let choice = ColorChoice(rawValue: raw) else {
                        throw CourseError.usage("--color takes auto, always or never (not '\(raw)')")
                    }
                    result.color = choice
                default:
                    if current?.accepts(name, flag: false) == true {
                        result.options[name] = try value(for: name, inline: inline)
                    } else if current?.accepts(name, flag: true) == true, inline == nil {
                        result.flags.insert(name)
                    } else {
                        let where_ = result.command.map { " for 'course \($0)'" } ?? ""
                        throw CourseError.usage("unknown option '\(argument)'\(where_)")
                    }
                }
            } else if result.command == nil {
                guard let command = commands.first(where: { $0.name == argument }) else {
                    let near = EditDistance.suggestion(for: argument, among: commands.map(\.name)).map { " Did you mean '\($0)'?" } ?? ""
                    throw CourseError.usage("unknown command '\(argument)'.\(near)")
                }
                current = command
                result.command = argument
            } else {
                result.positionals.append(argument)
            }
            index += 1
        }
        return result
    }
}
