/// Parses normalised source lines into a tree of block-level Markdown elements.
///
/// Every branch consumes at least one line, so parsing always terminates; nesting deeper
/// than `maximumDepth` is kept as literal paragraph text instead of recursing further.
struct BlockParser: Sendable {
    /// The deepest container nesting (quotes and list items) that is parsed structurally.
    static let maximumDepth = 24

    /// The nesting depth of the lines this parser reads.
    let depth: Int

    /// Creates a parser for lines nested `depth` containers deep.
    init(depth: Int = 0) {
        self.depth = depth
    }

    /// Parses `lines` into blocks.
    func parse(_ lines: [String]) -> [BlockNode] {
        var blocks: [BlockNode] = []
        var index = 0
        var sawBlank = false
        let lineIndex = LineIndex(lines)
        while index < lines.count {
            let line = lines[index]
            if LineSyntax.isBlank(line) {
                sawBlank = true
                index += 1
                continue
            }
            let (block, next) = parseBlock(lines, at: index, lineIndex: lineIndex)
            index = max(next, index + 1)
            if let block {
                blocks.append(BlockNode(block: block, followsBlankLine: sawBlank))
                sawBlank = false
            }
        }
        return blocks
    }

    /// Parses the block starting at the non-blank line `index`; a `nil` block means the lines are dropped.
    private func parseBlock(_ lines: [String], at index: Int, lineIndex: LineIndex) -> (MarkdownBlock?, Int) {
        let line = lines[index]
        if depth >= BlockParser.maximumDepth {
            return paragraph(lines, at: index, lineIndex: lineIndex)
        }
        if LineSyntax.indentation(line) >= 4 {
            return indentedCode(lines, at: index)
        }
        if let fence = FenceOpening.parse(line), let end = lineIndex.closingLine(of: fence, openedAt: index) {
            let body = lines[(index + 1)..<end].map { LineSyntax.droppingIndent($0, fence.indent) }
            return (.code(language: fence.language, lines: BlockParser.trimmingBlankEdges(body)), end + 1)
        }
        if LineSyntax.isHTMLCommentStart(line), let end = lineIndex.commentEnd(openedAt: index) {
            return (nil, end + 1)
        }
        if let heading = LineSyntax.atxHeading(line) {
            return (.heading(level: heading.level, text: heading.text), index + 1)
        }
        if LineSyntax.isThematicBreak(line) {
            return (.thematicBreak, index + 1)
        }
        if LineSyntax.quoteContent(line) != nil {
            let (inner, next) = QuoteCollector.collect(lines, at: index)
            return (.quote(BlockParser(depth: depth + 1).parse(inner)), next)
        }
        if let marker = ListMarker.parse(line) {
            let (list, next) = ListParser(depth: depth).parse(lines, at: index, marker: marker)
            return (.list(list), next)
        }
        if let parsed = TableParser.parse(lines, at: index) {
            return (.table(parsed.table), parsed.next)
        }
        return paragraph(lines, at: index, lineIndex: lineIndex)
    }

    /// Collects an indented code block (lines indented four or more spaces).
    private func indentedCode(_ lines: [String], at index: Int) -> (MarkdownBlock?, Int) {
        var body: [String] = []
        var next = index
        while next < lines.count,
              LineSyntax.isBlank(lines[next]) || LineSyntax.indentation(lines[next]) >= 4 {
            body.append(LineSyntax.droppingIndent(lines[next], 4))
            next += 1
        }
        return (.code(language: nil, lines: BlockParser.trimmingBlankEdges(body)), next)
    }

    /// Collects a paragraph (or setext heading) starting at `index`; the first line is always taken literally.
    private func paragraph(_ lines: [String], at index: Int, lineIndex: LineIndex) -> (MarkdownBlock?, Int) {
        var text = [LineSyntax.droppingIndent(lines[index], Int.max)]
        var next = index + 1
        let structural = depth < BlockParser.maximumDepth
        while next < lines.count {
            let line = lines[next]
            if LineSyntax.isBlank(line) { break }
            if structural {
                if let level = LineSyntax.setextLevel(line) {
                    return (.heading(level: level, text: LineSyntax.trimmed(text.joined(separator: "\n"))), next + 1)
                }
                if TableParser.startsTable(lines, at: next)
                    || LineSyntax.interruptsParagraph(lines, at: next, lineIndex: lineIndex) {
                    break
                }
            }
            text.append(LineSyntax.droppingIndent(line, Int.max))
            next += 1
        }
        let joined = text.joined(separator: "\n")
        let trimmedEnd = String(joined.reversed().drop(while: { $0 == " " }).reversed())
        return (.paragraph(trimmedEnd), next)
    }

    /// Returns `lines` without leading and trailing blank lines.
    static func trimmingBlankEdges(_ lines: [String]) -> [String] {
        var result = ArraySlice(lines)
        while let first = result.first, LineSyntax.isBlank(first) { result.removeFirst() }
        while let last = result.last, LineSyntax.isBlank(last) { result.removeLast() }
        return Array(result)
    }
}
