/// A parsed GitHub-flavoured table; every row has exactly one cell per column.
struct MarkdownTable: Equatable, Sendable {
    /// The alignment of each column.
    let alignments: [TableAlignment]
    /// The raw inline text of each header cell.
    let header: [String]
    /// The raw inline text of each body cell, row by row.
    let rows: [[String]]
}
