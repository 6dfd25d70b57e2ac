/// Renders parsed blocks into terminal lines at a given width.
struct BlockRenderer: Sendable {
    /// Containers whose decoration would leave fewer content columns than this are flattened
    /// (rendered without their prefix) so that deep nesting never overflows the width.
    static let minimumContentWidth = 10

    /// The theme deciding colours and decoration glyphs.
    let theme: TerminalTheme

    /// Renders a sequence of blocks.
    ///
    /// Blocks are separated by one blank line, except that with `keepSourceSpacing` (inside
    /// list items) a blank line is only inserted where the source had one.
    func render(_ nodes: [BlockNode], width: Int, keepSourceSpacing: Bool = false) -> [RenderedLine] {
        var output: [RenderedLine] = []
        for node in nodes {
            let lines = render(node.block, width: width)
            guard lines.contains(where: { !$0.isBlank }) else { continue }
            if !output.isEmpty && (!keepSourceSpacing || node.followsBlankLine) {
                output.append(.blank)
            }
            output.append(contentsOf: lines)
        }
        return output
    }

    /// Renders one block.
    func render(_ block: MarkdownBlock, width: Int) -> [RenderedLine] {
        switch block {
        case .paragraph(let text):
            return wrapped(InlineRenderer(theme: theme).runs(for: text), width: width)
        case .heading(let level, let text):
            return heading(level: level, text: text, width: width)
        case .code(let language, let lines):
            return code(language: language, lines: lines)
        case .quote(let children):
            return quote(children, width: width)
        case .list(let list):
            return ListRenderer(blocks: self).render(list, width: width)
        case .table(let table):
            return TableRenderer(theme: theme).render(table, width: width)
        case .thematicBreak:
            return [RenderedLine(styled([StyledRun(rule(width), DecorationStyle.rule)]))]
        }
    }

    /// Writes runs as terminal text for this theme.
    func styled(_ runs: [StyledRun]) -> String {
        StyleWriter.render(runs, usesColor: theme.usesColor)
    }

    /// `count` repetitions of the rule glyph.
    func rule(_ count: Int) -> String {
        String(repeating: theme.ruleCharacter, count: max(0, count))
    }

    /// Wraps runs to `width` and writes each line.
    private func wrapped(_ runs: [StyledRun], width: Int) -> [RenderedLine] {
        TextWrapper(width: width).wrap(runs).map { RenderedLine(styled($0)) }
    }

    /// Renders a heading; plain themes underline levels 1 and 2 with `=` / `-`.
    private func heading(level: Int, text: String, width: Int) -> [RenderedLine] {
        let runs = InlineRenderer(theme: theme).runs(for: text, base: TextStyle.heading(level: level))
        let lines = TextWrapper(width: width).wrap(runs)
        var output = lines.map { RenderedLine(styled($0)) }
        if theme.underlinesHeadings && level <= 2 {
            let headingWidth = lines.map { $0.reduce(0) { $0 + DisplayWidth.of($1.text) } }.max() ?? 0
            if headingWidth > 0 {
                let underline = String(repeating: level == 1 ? "=" : "-", count: min(headingWidth, width))
                output.append(RenderedLine(styled([StyledRun(underline, DecorationStyle.rule)])))
            }
        }
        return output
    }

    /// Renders a code block verbatim behind the theme's code prefix, highlighted in colour mode.
    private func code(language: String?, lines: [String]) -> [RenderedLine] {
        let prefix = styled([StyledRun(theme.codeBlockPrefix, DecorationStyle.codeBar)])
        let highlighted: [[StyledRun]]
        if theme.usesColor, let syntax = SyntaxLanguage.named(language) {
            highlighted = CodeHighlighter(language: syntax).highlight(lines)
        } else {
            highlighted = lines.map { [StyledRun($0)] }
        }
        return highlighted.map { RenderedLine(prefix + styled($0), isCode: true) }
    }

    /// Renders a block quote with the theme's quote prefix on every line.
    private func quote(_ children: [BlockNode], width: Int) -> [RenderedLine] {
        let prefixWidth = DisplayWidth.of(theme.quotePrefix)
        guard width - prefixWidth >= BlockRenderer.minimumContentWidth else {
            return render(children, width: width)
        }
        let prefix = styled([StyledRun(theme.quotePrefix, DecorationStyle.quoteBar)])
        let inner = render(children, width: width - prefixWidth)
        if inner.isEmpty { return [RenderedLine(prefix)] }
        return inner.map { RenderedLine(prefix + $0.text, isCode: $0.isCode) }
    }
}
