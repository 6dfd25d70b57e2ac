import CourseModel

/// A flag or an option a command accepts, declared once: the parser, the usage line and the help
/// text are all derived from these values.
public struct Parameter: Sendable, Equatable {
    /// `--json`.
    public var name: String
    /// The placeholder of an option's value (`N` in `--jobs N`); nil for a flag.
    public var valueName: String?
    /// One line for the help text.
    public var help: String

    /// A flag: present or absent, no value.
    public static func flag(_ name: String, _ help: String) -> Parameter {
        Parameter(name: name, valueName: nil, help: help)
    }

    /// An option that takes a value (`--jobs 4` or `--jobs=4`).
    public static func option(_ name: String, value: String, _ help: String) -> Parameter {
        Parameter(name: name, valueName: value, help: help)
    }

    public var isFlag: Bool { valueName == nil }
}

/// One `course` command. Adding a command is one new type conforming to this and one line in `CommandRegistry.all`.
public protocol Command: Sendable {
    /// What the learner types: `check`.
    var name: String { get }
    /// One line for the command list.
    var summary: String { get }
    /// The words after the name in the usage line, e.g. `[exercise-N]`; empty when there are none.
    var arguments: String { get }
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

    /// Whether the command declares a parameter with this name.
    func accepts(_ name: String, flag: Bool) -> Bool {
        parameters.contains { $0.name == name && $0.isFlag == flag }
    }
}
