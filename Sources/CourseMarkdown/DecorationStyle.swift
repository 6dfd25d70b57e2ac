/// The styles of the glyphs that decorate blocks in colour mode.
enum DecorationStyle {
    /// List bullets and numbers.
    static let listMarker = TextStyle.color(33)
    /// Block-quote bars.
    static let quoteBar = TextStyle.color(90)
    /// The bar to the left of code blocks.
    static let codeBar = TextStyle.color(90)
    /// Thematic breaks, heading underlines and table rules.
    static let rule = TextStyle.color(90)
    /// Table column separators.
    static let tableSeparator = TextStyle.color(90)
    /// Table header cells.
    static let tableHeader = TextStyle(bold: true)
}
