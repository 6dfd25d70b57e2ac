/// Gathers the lines of a block quote, including lazy continuation lines.
enum QuoteCollector {
    /// Returns the quote's content lines (with `>` markers removed) and the index of the first line after the quote.
    static func collect(_ lines: [String], at start: Int) -> (lines: [String], next: Int) {
        var inner: [String] = []
        var index = start
        while index < lines.count {
            let line = lines[index]
            if let content = LineSyntax.quoteContent(line) {
                inner.append(content)
                index += 1
                continue
            }
            if LineSyntax.isBlank(line) { break }
            if let last = inner.last, isParagraphText(last), !LineSyntax.startsBlock(line) {
                inner.append(line)
                index += 1
                continue
            }
            break
        }
        return (inner, index)
    }

    /// Whether `line` looks like paragraph text that a lazy line could continue.
    ///
    /// Nested quote and list markers are looked through, up to a fixed depth.
    static func isParagraphText(_ line: String) -> Bool {
        var current = line
        for _ in 0..<BlockParser.maximumDepth {
            if LineSyntax.isBlank(current) || LineSyntax.atxHeading(current) != nil
                || LineSyntax.isThematicBreak(current) || FenceOpening.parse(current) != nil
                || LineSyntax.indentation(current) >= 4 {
                return false
            }
            if let nested = LineSyntax.quoteContent(current) {
                current = nested
            } else if let marker = ListMarker.parse(current) {
                current = marker.content
            } else {
                return true
            }
        }
        return true
    }
}
