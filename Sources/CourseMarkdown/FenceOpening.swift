/// The opening line of a fenced code block (three or more backticks or tildes).
struct FenceOpening: Equatable, Sendable {
    /// The fence character, a backtick or a tilde.
    let marker: Character
    /// How many fence characters opened the block.
    let length: Int
    /// How many spaces indented the opening fence.
    let indent: Int
    /// The info string after the fence.
    let info: String

    /// Parses `line` as an opening fence, or returns `nil` when it is not one.
    static func parse(_ line: String) -> FenceOpening? {
        let indent = LineSyntax.indentation(line)
        guard indent <= 3 else { return nil }
        let rest = LineSyntax.droppingIndent(line, indent)
        guard let marker = rest.first, marker == "`" || marker == "~" else { return nil }
        let length = rest.prefix(while: { $0 == marker }).count
        guard length >= 3 else { return nil }
        let info = LineSyntax.trimmed(rest.dropFirst(length))
        if marker == "`" && info.contains("`") { return nil }
        return FenceOpening(marker: marker, length: length, indent: indent, info: info)
    }

    /// The lower-cased first word of the info string, or `nil` when there is none.
    var language: String? {
        let word = info.split(separator: " ").first.map { String($0).lowercased() }
        return word.flatMap { $0.isEmpty ? nil : $0 }
    }
}
