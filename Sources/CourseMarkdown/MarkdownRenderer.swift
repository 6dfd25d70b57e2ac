/// Renders Markdown documents as text for a terminal of a given width.
///
/// Supports a CommonMark subset plus GitHub tables: headings, paragraphs with emphasis,
/// code spans, links and autolinks, fenced and indented code blocks (highlighted for
/// Swift, Rust and Python in colour mode), nested lists, nested block quotes, tables and
/// thematic breaks. Any input is accepted; incomplete constructs are shown as literal text.
public struct MarkdownRenderer: Sendable {
    /// The narrowest width the renderer lays out for.
    public static let minimumWidth = 20
    /// The widest width the renderer lays out for.
    public static let maximumWidth = 1_000

    /// The column width lines are wrapped to, after clamping to `minimumWidth...maximumWidth`.
    public let width: Int
    /// The theme deciding colours and decorations.
    public let theme: TerminalTheme

    /// Creates a renderer for `width` columns (clamped to 20...1000) using `theme`.
    public init(width: Int, theme: TerminalTheme) {
        self.width = min(max(width, MarkdownRenderer.minimumWidth), MarkdownRenderer.maximumWidth)
        self.theme = theme
    }

    /// Renders Markdown to terminal text wrapped to `width` columns (minimum 20 enforced internally).
    ///
    /// The result ends with exactly one newline, has no trailing spaces, never has two blank
    /// lines in a row outside code blocks, and contains no escape characters unless the theme
    /// uses colour. Only code block lines may be wider than `width`.
    public func render(_ markdown: String) -> String {
        renderLines(markdown).map(\.text).joined(separator: "\n") + "\n"
    }

    /// Renders Markdown into lines, each marked with whether it belongs to a code block.
    func renderLines(_ markdown: String) -> [RenderedLine] {
        let blocks = BlockParser().parse(SourceNormalizer.lines(markdown))
        let rendered = BlockRenderer(theme: theme.sanitized).render(blocks, width: width)
        var output: [RenderedLine] = []
        for line in rendered {
            let trimmed = RenderedLine(ANSI.trimmingTrailingSpaces(line.text), isCode: line.isCode)
            if trimmed.text.isEmpty && !trimmed.isCode {
                if output.isEmpty || output.last?.text.isEmpty == true { continue }
            }
            output.append(trimmed)
        }
        while let last = output.last, last.text.isEmpty { output.removeLast() }
        return output
    }
}
