/// One parsed block-level Markdown element.
enum MarkdownBlock: Equatable, Sendable {
    /// An ATX or setext heading with its level (1–6) and raw inline text.
    case heading(level: Int, text: String)
    /// A paragraph's raw inline text; source lines are joined with `\n`.
    case paragraph(String)
    /// A fenced or indented code block with its optional language tag and verbatim lines.
    case code(language: String?, lines: [String])
    /// A block quote containing nested blocks.
    case quote([BlockNode])
    /// An ordered or unordered list.
    case list(MarkdownList)
    /// A GitHub-flavoured table.
    case table(MarkdownTable)
    /// A thematic break (`---`, `***`, `___`).
    case thematicBreak
}
