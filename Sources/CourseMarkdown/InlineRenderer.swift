/// Turns inline Markdown into styled runs ready for wrapping.
///
/// Emphasis becomes italic/bold attributes (invisible in plain mode), code spans get the
/// theme's delimiter and a colour, links become `text (url)` and hard breaks become `\n` runs.
struct InlineRenderer: Sendable {
    /// The style of inline code spans.
    static let codeStyle = TextStyle.color(36)
    /// The style of link text.
    static let linkTextStyle = TextStyle(underline: true)
    /// The style of the `(url)` shown after link text.
    static let linkDestinationStyle = TextStyle(dim: true)

    /// The theme providing code span delimiters.
    let theme: TerminalTheme

    /// Parses `markdown` inline syntax and renders it on top of `base`.
    func runs(for markdown: String, base: TextStyle = .plain) -> [StyledRun] {
        runs(for: InlineParser().parse(markdown), base: base)
    }

    /// Renders already-parsed items on top of `base`.
    func runs(for items: [InlineItem], base: TextStyle) -> [StyledRun] {
        var result: [StyledRun] = []
        for item in items {
            var style = base
            if item.emphasis > 0 { style.italic = true }
            if item.strong > 0 { style.bold = true }
            switch item.kind {
            case .text(let text):
                result.append(StyledRun(text, style))
            case .code(let code):
                let delimiter = theme.codeSpanDelimiter
                result.append(StyledRun(delimiter + code + delimiter, style.merged(with: InlineRenderer.codeStyle)))
            case .link(let label, let destination):
                let labelRuns = runs(for: label, base: style.merged(with: InlineRenderer.linkTextStyle))
                let labelText = labelRuns.map(\.text).joined()
                if LineSyntax.isBlank(labelText) {
                    result.append(StyledRun(destination, style.merged(with: InlineRenderer.linkTextStyle)))
                } else {
                    result.append(contentsOf: labelRuns)
                    if !destination.isEmpty && labelText != destination {
                        let destinationStyle = style.merged(with: InlineRenderer.linkDestinationStyle)
                        result.append(StyledRun(" (" + destination + ")", destinationStyle))
                    }
                }
            case .autolink(let url):
                result.append(StyledRun(url, style.merged(with: InlineRenderer.linkTextStyle)))
            case .hardBreak:
                result.append(StyledRun("\n", style))
            case .delimiter(let run):
                result.append(StyledRun(run.literal, style))
            }
        }
        return result
    }
}
