/// A set of terminal text attributes (SGR) applied to a run of text.
struct TextStyle: Equatable, Sendable {
    /// Bold / increased intensity (SGR 1).
    var bold = false
    /// Dim / decreased intensity (SGR 2).
    var dim = false
    /// Italic (SGR 3).
    var italic = false
    /// Underline (SGR 4).
    var underline = false
    /// Foreground colour as an SGR parameter such as 31 or 95, or `nil` for the default colour.
    var foreground: Int? = nil

    /// The style with no attributes.
    static let plain = TextStyle()

    /// Whether the style has no attributes at all.
    var isPlain: Bool { self == .plain }

    /// Returns the union of this style and `other`; `other`'s colour wins when both set one.
    func merged(with other: TextStyle) -> TextStyle {
        TextStyle(
            bold: bold || other.bold,
            dim: dim || other.dim,
            italic: italic || other.italic,
            underline: underline || other.underline,
            foreground: other.foreground ?? foreground
        )
    }

    /// The SGR parameter list, e.g. `"1;35"`.
    var parameters: String {
        var codes: [String] = []
        if bold { codes.append("1") }
        if dim { codes.append("2") }
        if italic { codes.append("3") }
        if underline { codes.append("4") }
        if let foreground { codes.append(String(foreground)) }
        return codes.joined(separator: ";")
    }

    /// A style with only a foreground colour.
    static func color(_ code: Int) -> TextStyle {
        TextStyle(foreground: code)
    }

    /// The style of a heading of the given level (bold plus a colour per level).
    static func heading(level: Int) -> TextStyle {
        let colors = [35, 34, 32, 33, 37, 90]
        let index = min(max(level, 1), colors.count) - 1
        return TextStyle(bold: true, foreground: colors[index])
    }
}
