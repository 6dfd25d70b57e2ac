/// ANSI styling for status output; every method returns its input unchanged when colour is off.
public struct Style: Sendable {
    public var color: Bool

    public init(color: Bool) { self.color = color }

    /// Whether to colour: `always`/`never` win; `auto` means a terminal, `TERM` not dumb, and no `NO_COLOR`.
    public static func decide(_ choice: ColorChoice, isTerminal: Bool, environment: [String: String]) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isTerminal
        }
    }

    func wrap(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }
    /// A command the learner can type, set apart from prose.
    public func command(_ text: String) -> String { color ? wrap(text, "1;36") : "'\(text)'" }
}
