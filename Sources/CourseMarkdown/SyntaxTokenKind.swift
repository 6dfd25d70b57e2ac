/// The category of a highlighted source token, which decides its colour.
enum SyntaxTokenKind: Equatable, Sendable {
    /// Identifiers, operators, whitespace and punctuation.
    case plain
    /// A language keyword (bold magenta).
    case keyword
    /// A type name: capitalised identifiers and built-in types (cyan).
    case type
    /// String and character literals (green).
    case string
    /// Escape sequences inside strings such as `\n` (bright cyan).
    case escape
    /// Interpolated expressions inside strings such as `\(x)` or `{x}` (bright yellow).
    case interpolation
    /// Line and block comments (grey italic).
    case comment
    /// Numeric literals (yellow).
    case number
    /// Attributes, decorators, directives, lifetimes and macros (bright blue).
    case attribute

    /// The terminal style of tokens of this kind.
    var style: TextStyle {
        switch self {
        case .plain: return .plain
        case .keyword: return TextStyle(bold: true, foreground: 35)
        case .type: return .color(36)
        case .string: return .color(32)
        case .escape: return .color(96)
        case .interpolation: return .color(93)
        case .comment: return TextStyle(italic: true, foreground: 90)
        case .number: return .color(33)
        case .attribute: return .color(94)
        }
    }
}
