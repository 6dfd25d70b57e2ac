/// One line of rendered output, remembering whether it shows verbatim code.
struct RenderedLine: Equatable, Sendable {
    /// The terminal text of the line, possibly containing SGR escape codes.
    var text: String
    /// Whether the line belongs to a code block (code is never wrapped, so it may exceed the width).
    var isCode: Bool

    /// Creates a line.
    init(_ text: String, isCode: Bool = false) {
        self.text = text
        self.isCode = isCode
    }

    /// An empty separator line.
    static let blank = RenderedLine("")

    /// Whether the line shows nothing.
    var isBlank: Bool { ANSI.strip(text).allSatisfy { $0 == " " } }
}
