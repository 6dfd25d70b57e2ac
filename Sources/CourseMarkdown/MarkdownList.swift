/// A parsed list: its kind, numbering, items and whether it was written loosely.
struct MarkdownList: Equatable, Sendable {
    /// Whether items are numbered.
    let isOrdered: Bool
    /// The number of the first item of an ordered list.
    let start: Int
    /// The delimiter after ordered numbers (`.` or `)`); unused for bullet lists.
    let delimiter: Character
    /// Whether blank lines separated items in the source.
    let hasBlankLinesBetweenItems: Bool
    /// The blocks of each item.
    let items: [[BlockNode]]
}
