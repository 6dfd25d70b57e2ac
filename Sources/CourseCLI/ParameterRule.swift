import CourseModel

/// What an option's value must be. The parser checks every value with its rule, so each mistake has one
/// message, and a command reads a value already known to be good (`ParsedArguments.integer(_:)`, `choice(_:)`).
public enum ParameterRule: Sendable, Equatable {
    /// No value: present or absent.
    case flag
    /// Any text.
    case text
    /// A path, relative to the working folder unless absolute (`Invocation.path(of:)` resolves it).
    case path
    /// A whole number in this range.
    case integer(ClosedRange<UInt64>)
    /// One of these words.
    case oneOf([String])

    /// One of the raw values of `type`, in its declared order.
    public static func choice<Choice: CaseIterable & RawRepresentable>(_ type: Choice.Type) -> ParameterRule
    where Choice.RawValue == String {
        .oneOf(type.allCases.map(\.rawValue))
    }

    /// The words a choice takes; empty for other rules.
    public var choices: [String] {
        if case .oneOf(let words) = self { return words }
        return []
    }

    /// A usage error unless `raw` follows the rule.
    func check(_ raw: String, for name: String) throws {
        switch self {
        case .flag: throw CourseError.usage("\(name) takes no value (not '\(name)=\(raw)')")
        case .text, .path: return
        case .integer: _ = try wholeNumber(raw, for: name)
        case .oneOf(let words):
            guard words.contains(raw) else { throw CourseError.usage("\(name) takes \(Self.listed(words)) (not '\(raw)')") }
        }
    }

    /// The one way a number on the command line is read: digits only, within the range.
    func wholeNumber(_ raw: String, for name: String) throws -> UInt64 {
        guard case .integer(let range) = self else { throw CourseError.usage("\(name) takes no number") }
        guard raw.allSatisfy(\.isASCII), raw.allSatisfy(\.isNumber), let value = UInt64(raw), range.contains(value) else {
            throw CourseError.usage("\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound) (not '\(raw)')")
        }
        return value
    }

    /// `a, b or c`.
    static func listed(_ words: [String]) -> String {
        words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
    }

    /// A value the rule accepts, for tests and examples.
    public var example: String {
        switch self {
        case .flag: return ""
        case .text, .path: return "1"
        case .integer(let range): return String(range.lowerBound)
        case .oneOf(let words): return words.first ?? ""
        }
    }
}
