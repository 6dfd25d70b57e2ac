import CourseModel

/// A flag or an option a command accepts, declared once with the rule its value follows: the parser
/// checks the value (one message per mistake), and the usage line and the help text are derived from it.
public struct Parameter: Sendable, Equatable {
    /// `--json`.
    public var name: String
    /// The placeholder of an option's value (`N` in `--jobs N`); nil for a flag.
    public var valueName: String?
    /// One line for the help text.
    public var help: String
    /// What the value must be; `.flag` for a flag.
    public var rule: ParameterRule
    /// Another spelling (`-h` for `--help`).
    public var alias: String?
    /// A flag that changes how many words may follow the command (`check --all` takes none).
    public var positionals: Positionals?

    public init(name: String, valueName: String?, help: String, rule: ParameterRule, alias: String? = nil,
                positionals: Positionals? = nil) {
        self.name = name
        self.valueName = valueName
        self.help = help
        self.rule = rule
        self.alias = alias
        self.positionals = positionals
    }

    /// A flag: present or absent, no value.
    public static func flag(_ name: String, _ help: String, alias: String? = nil, positionals: Positionals? = nil) -> Parameter {
        Parameter(name: name, valueName: nil, help: help, rule: .flag, alias: alias, positionals: positionals)
    }

    /// An option whose value is any text (`--title T`).
    public static func option(_ name: String, value: String, _ help: String) -> Parameter {
        Parameter(name: name, valueName: value, help: help, rule: .text)
    }

    /// An option whose value is a path, resolved against the working folder (`Invocation.path(of:)`).
    public static func path(_ name: String, value: String, _ help: String) -> Parameter {
        Parameter(name: name, valueName: value, help: help, rule: .path)
    }

    /// An option whose value is a whole number in `range` (`--jobs N`).
    public static func integer(_ name: String, value: String = "N", _ range: ClosedRange<UInt64>, _ help: String) -> Parameter {
        Parameter(name: name, valueName: value, help: help, rule: .integer(range))
    }

    /// An option whose value is one case of `type` by its raw value; the placeholder lists them (`auto|require|off`).
    public static func choice<Choice: CaseIterable & RawRepresentable>(_ name: String, _ type: Choice.Type, _ help: String) -> Parameter
    where Choice.RawValue == String {
        let rule = ParameterRule.choice(type)
        return Parameter(name: name, valueName: rule.choices.joined(separator: "|"), help: help, rule: rule)
    }

    public var isFlag: Bool { rule == .flag }

    /// How the parameter is written in help: `-h, --help`, `--jobs N`.
    var spelled: String {
        (alias.map { "\($0), " } ?? "") + name + (valueName.map { " \($0)" } ?? "")
    }
}

/// How many words may follow a command, and what to say when too few do.
public struct Positionals: Sendable, Equatable {
    public var range: ClosedRange<Int>
    /// The usage error when fewer than `range.lowerBound` words follow.
    public var missing: String

    public init(_ range: ClosedRange<Int>, missing: String = "") {
        self.range = range
        self.missing = missing
    }

    public static let zero = Positionals(0...0)
    public static let upToOne = Positionals(0...1)
    public static let any = Positionals(0...Int.max)
}

/// One `course` command. Adding a command is one new type conforming to this and one line in `CommandRegistry.all`.
public protocol Command: Sendable {
    /// What the learner types: `check`.
    var name: String { get }
    /// One line for the command list.
    var summary: String { get }
    /// The words after the name in the usage line, e.g. `[exercise-N]`; empty when there are none.
    var arguments: String { get }
    /// How many words may follow the name (default: none); the parser refuses more, and fewer than the lower bound.
    var positionals: Positionals { get }
    /// More help, shown by `course help <name>` and `course <name> --help`.
    var details: String { get }
    /// The flags and options this command accepts, in the order the usage line shows them.
    var parameters: [Parameter] { get }
    /// Whether `course help` lists it under the instructors' commands rather than the learner's.
    var forInstructors: Bool { get }
    /// The usage line; derived from the name, arguments and parameters unless a command overrides it.
    var usage: String { get }
    /// Does the command's work, writing through the invocation's output; returns the exit status.
    func run(_ invocation: Invocation) throws -> Int32
}

extension Command {
    public var arguments: String { "" }
    public var positionals: Positionals { .zero }
    public var details: String { "" }
    public var parameters: [Parameter] { [] }
    public var forInstructors: Bool { false }

    public var usage: String {
        var words = ["course", name]
        if !arguments.isEmpty { words.append(arguments) }
        for parameter in parameters {
            words.append(parameter.valueName.map { "[\(parameter.name) \($0)]" } ?? "[\(parameter.name)]")
        }
        return words.joined(separator: " ")
    }
}
