/// Gathers the items of a list and parses each item's content as nested blocks.
struct ListParser: Sendable {
    /// The nesting depth of the list itself.
    let depth: Int

    /// Parses the list whose first item starts at line `start` with `first`; returns it and the next line index.
    ///
    /// Lines indented to an item's content column belong to it; so do lazy paragraph continuation
    /// lines and list markers indented at least two columns deeper than the item's own marker
    /// (a lenient rule so `1. a` followed by `  - b` nests).
    func parse(_ lines: [String], at start: Int, marker first: ListMarker) -> (list: MarkdownList, next: Int) {
        var itemLines: [[String]] = []
        var current = [first.content]
        var marker = first
        var index = start + 1
        var lastContentIndex = start
        var blankBetweenItems = false
        var afterBlank = false
        while index < lines.count {
            let line = lines[index]
            if LineSyntax.isBlank(line) {
                current.append("")
                afterBlank = true
                index += 1
                continue
            }
            let indent = LineSyntax.indentation(line)
            if indent >= marker.contentOffset {
                current.append(LineSyntax.droppingIndent(line, marker.contentOffset))
            } else if LineSyntax.isThematicBreak(line) {
                break
            } else if let next = ListMarker.parse(line) {
                if next.indent >= marker.indent + 2 {
                    current.append(LineSyntax.droppingIndent(line, next.indent))
                } else if next.continuesList(of: first) {
                    blankBetweenItems = blankBetweenItems || afterBlank
                    itemLines.append(current)
                    current = [next.content]
                    marker = next
                } else {
                    break
                }
            } else if !afterBlank, let last = current.last, QuoteCollector.isParagraphText(last),
                      !LineSyntax.startsBlock(line) {
                current.append(LineSyntax.droppingIndent(line, Int.max))
            } else {
                break
            }
            afterBlank = false
            lastContentIndex = index
            index += 1
        }
        itemLines.append(current)
        let parser = BlockParser(depth: depth + 1)
        let list = MarkdownList(
            isOrdered: first.isOrdered,
            start: first.number,
            delimiter: first.symbol,
            hasBlankLinesBetweenItems: blankBetweenItems,
            items: itemLines.map { parser.parse($0) }
        )
        return (list, lastContentIndex + 1)
    }
}
