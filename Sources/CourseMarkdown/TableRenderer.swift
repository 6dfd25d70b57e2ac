/// Renders GitHub tables with aligned, padded columns and a rule under the header.
///
/// When the table is wider than the available width the widest columns are narrowed and
/// their cells wrapped; when even that cannot fit, each row is shown as `Header: value` lines.
struct TableRenderer: Sendable {
    /// Columns are never narrowed below this many columns (or their widest character).
    static let minimumColumnWidth = 3

    /// The theme deciding separators, rules and colours.
    let theme: TerminalTheme

    /// Renders `table` within `width` columns.
    func render(_ table: MarkdownTable, width: Int) -> [RenderedLine] {
        let inline = InlineRenderer(theme: theme)
        let header = table.header.map { inline.runs(for: $0, base: DecorationStyle.tableHeader) }
        let rows = table.rows.map { row in row.map { inline.runs(for: $0) } }
        // Columns wide enough for every word and code span; when they cannot fit, one row per cell (stacked).
        guard let widths = columnWidths(header: header, rows: rows, width: width, wholeWords: true) else {
            return stacked(header: header, rows: rows, width: width)
        }
        var lines = render(row: header, widths: widths, alignments: table.alignments)
        let ruleText = widths.map { rule($0) }.joined(separator: theme.tableRuleJunction)
        lines.append(RenderedLine(styled([StyledRun(ruleText, DecorationStyle.rule)])))
        for row in rows {
            lines.append(contentsOf: render(row: row, widths: widths, alignments: table.alignments))
        }
        return lines
    }

    /// Chooses column widths that fit `width`, or `nil` when even minimal columns do not fit.
    func columnWidths(header: [[StyledRun]], rows: [[[StyledRun]]], width: Int, wholeWords: Bool = false) -> [Int]? {
        let count = header.count
        var widths = Array(repeating: 1, count: count)
        var minimums = Array(repeating: 1, count: count)
        for row in [header] + rows {
            for (column, cell) in row.enumerated() where column < count {
                widths[column] = max(widths[column], TextWrapper.naturalWidth(of: cell))
                let widestCharacter = cell.flatMap { Array($0.text) }.map { DisplayWidth.of($0) }.max() ?? 1
                minimums[column] = max(minimums[column], wholeWords ? TextWrapper.widestWord(in: cell) : widestCharacter)
            }
        }
        for column in 0..<count {
            minimums[column] = min(widths[column], max(TableRenderer.minimumColumnWidth, minimums[column]))
        }
        let separatorWidth = DisplayWidth.of(theme.tableColumnSeparator)
        var total = widths.reduce(0, +) + separatorWidth * max(0, count - 1)
        while total > width {
            let shrinkable = (0..<count).filter { widths[$0] > minimums[$0] }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { return nil }
            let others = (0..<count).filter { $0 != widest }.map { widths[$0] }.max() ?? 0
            let target = max(minimums[widest], others, widths[widest] - (total - width))
            let reduction = max(1, widths[widest] - target)
            widths[widest] -= reduction
            total -= reduction
        }
        return widths
    }

    /// Renders one table row, wrapping each cell to its column and padding it per alignment.
    private func render(row: [[StyledRun]], widths: [Int], alignments: [TableAlignment]) -> [RenderedLine] {
        let wrapped = widths.indices.map { column in
            TextWrapper(width: widths[column]).wrap(column < row.count ? row[column] : [])
        }
        let height = wrapped.map(\.count).max() ?? 1
        let separator = styled([StyledRun(theme.tableColumnSeparator, DecorationStyle.tableSeparator)])
        var lines: [RenderedLine] = []
        for lineIndex in 0..<height {
            var parts: [String] = []
            for column in widths.indices {
                let runs = lineIndex < wrapped[column].count ? wrapped[column][lineIndex] : []
                let used = runs.reduce(0) { $0 + DisplayWidth.of($1.text) }
                let padding = max(0, widths[column] - used)
                let left: Int
                switch column < alignments.count ? alignments[column] : .left {
                case .left: left = 0
                case .right: left = padding
                case .center: left = padding / 2
                }
                let text = String(repeating: " ", count: left) + styled(runs)
                    + String(repeating: " ", count: padding - left)
                parts.append(text)
            }
            lines.append(RenderedLine(parts.joined(separator: separator)))
        }
        return lines
    }

    /// Renders each row as `Header: value` lines separated by rules, for tables too wide to lay out.
    private func stacked(header: [[StyledRun]], rows: [[[StyledRun]]], width: Int) -> [RenderedLine] {
        let wrapper = TextWrapper(width: width)
        var lines: [RenderedLine] = []
        let bodies = rows.isEmpty ? [Array(repeating: [StyledRun](), count: header.count)] : rows
        for (rowIndex, row) in bodies.enumerated() {
            if rowIndex > 0 {
                lines.append(RenderedLine(styled([StyledRun(rule(width), DecorationStyle.rule)])))
            }
            for (column, title) in header.enumerated() {
                let value = column < row.count ? row[column] : []
                let runs = title + [StyledRun(value.isEmpty ? ":" : ": ", DecorationStyle.tableHeader)] + value
                lines.append(contentsOf: wrapper.wrap(runs).map { RenderedLine(styled($0)) })
            }
        }
        return lines
    }

    /// Writes runs as terminal text for this theme.
    private func styled(_ runs: [StyledRun]) -> String {
        StyleWriter.render(runs, usesColor: theme.usesColor)
    }

    /// `count` repetitions of the rule glyph.
    private func rule(_ count: Int) -> String {
        String(repeating: theme.ruleCharacter, count: max(0, count))
    }
}
