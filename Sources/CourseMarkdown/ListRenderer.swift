/// Renders lists with bullets or right-aligned numbers and a hanging indent.
struct ListRenderer: Sendable {
    /// The renderer used for each item's blocks.
    let blocks: BlockRenderer

    /// Renders `list` at `width` columns; loose lists get a blank line between items.
    func render(_ list: MarkdownList, width: Int) -> [RenderedLine] {
        let markers = list.items.indices.map { marker(for: list, at: $0) }
        let markerWidth = (markers.map { DisplayWidth.of($0) }.max() ?? 0) + 1
        let loose = list.hasBlankLinesBetweenItems
            || list.items.contains { item in item.dropFirst().contains { $0.followsBlankLine } }
        let contentWidth = width - markerWidth
        var output: [RenderedLine] = []
        for (index, item) in list.items.enumerated() {
            if loose && index > 0 { output.append(.blank) }
            guard contentWidth >= BlockRenderer.minimumContentWidth else {
                output.append(contentsOf: blocks.render(item, width: width, keepSourceSpacing: true))
                continue
            }
            let body = blocks.render(item, width: contentWidth, keepSourceSpacing: true)
            let text = markers[index]
            let padding = String(repeating: " ", count: markerWidth - 1 - DisplayWidth.of(text))
            let aligned = list.isOrdered ? padding + text : text + padding
            let first = blocks.styled([StyledRun(aligned, DecorationStyle.listMarker)]) + " "
            let rest = String(repeating: " ", count: markerWidth)
            if body.isEmpty {
                output.append(RenderedLine(first))
                continue
            }
            for (lineIndex, line) in body.enumerated() {
                let prefix = lineIndex == 0 ? first : rest
                output.append(RenderedLine(line.isBlank && !line.isCode ? "" : prefix + line.text, isCode: line.isCode))
            }
        }
        return output
    }

    /// The marker text of item `index`: the theme's bullet, or its number and delimiter.
    private func marker(for list: MarkdownList, at index: Int) -> String {
        guard list.isOrdered else { return blocks.theme.bullet }
        let (number, overflow) = list.start.addingReportingOverflow(index)
        return (overflow ? String(list.start) : String(number)) + String(list.delimiter)
    }
}
