/// The command line split into global options, a command, its options and its positional words.
public struct ParsedArguments: Equatable {
    public enum ColorChoice: String, Equatable { case auto, always, never }

    public var command: String?
    public var positionals: [String] = []
    public var flags: Set<String> = []
    public var options: [String: String] = [:]
    public var coursePath: String?
    public var color: ColorChoice = .auto
    public var pager = true
    public var help = false
    public var version = false

    public init() {}

    /// Options that take a value, per command ("*" for every command).
    static let valued: [String: Set<String>] = ["*": ["--course", "--color"], "new": ["--lesson", "--title", "--module"], "validate": ["--jobs"]]
    /// Flags each command accepts.
    static let known: [String: Set<String>] = [
        "check": ["--json"], "list": ["--json"], "solution": ["--force"], "validate": ["--json", "--quick"],
        "watch": ["--once"], "next": [], "lesson": [], "hint": [], "reset": [], "new": [],
    ]

    public static func parse(_ arguments: [String]) throws -> ParsedArguments {
        var result = ParsedArguments()
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
                case "--color":
                    let raw = try value(for: name, inline: inline)
                    guard let choice = ColorChoice(rawValue: raw) else {
                        throw CourseError.usage("--color takes auto, always or never (not '\(raw)')")
                    }
                    result.color = choice
                default:
                    let command = result.command ?? ""
                    if valued[command]?.contains(name) == true {
                        result.options[name] = try value(for: name, inline: inline)
                    } else if known[command]?.contains(name) == true, inline == nil {
                        result.flags.insert(name)
                    } else {
                        let where_ = command.isEmpty ? "" : " for 'course \(command)'"
                        throw CourseError.usage("unknown option '\(argument)'\(where_)")
                    }
                }
            } else if result.command == nil {
                guard CourseApp.commandNames.contains(argument) else {
                    let near = EditDistance.suggestion(for: argument, among: CourseApp.commandNames).map { " Did you mean '\($0)'?" } ?? ""
                    throw CourseError.usage("unknown command '\(argument)'.\(near)")
                }
                result.command = argument
            } else {
                result.positionals.append(argument)
            }
            index += 1
        }
        return result
    }
}
