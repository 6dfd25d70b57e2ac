import CourseGrading
import CourseModel
import CourseTerminal

/// The command line split into a command, its flags, its options' values and its positional words. Every
/// value has been checked against its parameter's rule and the count of words against the command's.
public struct ParsedArguments: Equatable {
    public var command: String?
    public var positionals: [String] = []
    /// The names of the flags given (global ones too: `--no-pager`).
    public var flags: Set<String> = []
    /// Each option given, by name, with its value as typed (global ones too: `--course`).
    public var options: [String: String] = [:]

    public init() {}

    /// Whether a declared flag was given.
    public func has(_ flag: Parameter) -> Bool { flags.contains(flag.name) }

    /// The value of a declared option, if given.
    public func value(of option: Parameter) -> String? { options[option.name] }

    /// The value of a `.integer` option, if given.
    public func integer(_ option: Parameter) -> Int? {
        wholeNumber(option).flatMap { Int(exactly: $0) }
    }

    /// The value of a `.integer` option as the unsigned number it is (`--seed`).
    public func wholeNumber(_ option: Parameter) -> UInt64? {
        value(of: option).flatMap { try? option.rule.wholeNumber($0, for: option.name) }
    }

    /// The value of a `.choice` option as its type, if given.
    public func choice<Choice: RawRepresentable>(_ option: Parameter, as type: Choice.Type = Choice.self) -> Choice?
    where Choice.RawValue == String {
        value(of: option).flatMap(Choice.init(rawValue:))
    }

    /// `--course DIR`.
    public var coursePath: String? { value(of: GlobalOptions.course) }
    /// `--color`, auto when not given.
    public var color: ColorChoice { choice(GlobalOptions.color) ?? .auto }
    /// False with `--no-pager`.
    public var pager: Bool { !has(GlobalOptions.noPager) }
    /// `--sandbox auto|require|off`; nil when not given (then `COURSE_SANDBOX`, then auto).
    public var sandbox: SandboxMode? { choice(GlobalOptions.sandbox) }
    public var help: Bool { has(GlobalOptions.help) }
    public var version: Bool { has(GlobalOptions.version) }

    /// The usage error for a word after the command that it does not take.
    static func unexpected(_ word: String) -> CourseError { .usage("unexpected argument '\(word)'") }

    /// Splits a command line; the command names and each command's flags and options come from `commands`.
    public static func parse(_ arguments: [String], commands: [any Command] = CommandRegistry.all) throws -> ParsedArguments {
        var result = ParsedArguments()
        var current: (any Command)?
        var accepted = GlobalOptions.all
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
                guard let parameter = accepted.first(where: { $0.name == name || $0.alias == name }) else {
                    let scope = result.command.map { " for 'course \($0)'" } ?? ""
                    let near = EditDistance.suggestion(for: name, among: accepted.map(\.name)).map { ". Did you mean '\($0)'?" } ?? ""
                    throw CourseError.usage("unknown option '\(argument)'\(scope)\(near)")
                }
                if parameter.isFlag {
                    if let inline { try parameter.rule.check(inline, for: parameter.name) }
                    result.flags.insert(parameter.name)
                } else {
                    let raw = try value(for: name, inline: inline)
                    try parameter.rule.check(raw, for: parameter.name)
                    result.options[parameter.name] = raw
                }
            } else if result.command == nil {
                guard let command = commands.first(where: { $0.name == argument }) else {
                    let near = EditDistance.suggestion(for: argument, among: commands.map(\.name)).map { " Did you mean '\($0)'?" } ?? ""
                    throw CourseError.usage("unknown command '\(argument)'.\(near)")
                }
                current = command
                accepted += command.parameters
                result.command = argument
            } else {
                result.positionals.append(argument)
            }
            index += 1
        }
        if let current, !result.help, !result.version { try result.checkCount(for: current) }
        return result
    }

    /// The words after the command against the count it declares (or a given flag's, as `check --all`).
    func checkCount(for command: any Command) throws {
        let count = command.parameters.first { $0.positionals != nil && has($0) }?.positionals ?? command.positionals
        if positionals.count > count.range.upperBound { throw Self.unexpected(positionals[count.range.upperBound]) }
        if positionals.count < count.range.lowerBound {
            throw CourseError.usage(count.missing.isEmpty ? "'course \(command.name)' needs \(command.arguments)" : count.missing)
        }
    }
}
