/// The marker that starts a list item (`-`, `*`, `+`, `1.` or `1)`) and where the item's content begins.
struct ListMarker: Equatable, Sendable {
    /// Spaces before the marker.
    let indent: Int
    /// Whether the marker is a number.
    let isOrdered: Bool
    /// The number of an ordered marker (0 for bullets).
    let number: Int
    /// The bullet character, or the delimiter (`.` / `)`) of an ordered marker.
    let symbol: Character
    /// The column where the item's content starts; continuation lines indented this far belong to the item.
    let contentOffset: Int
    /// The text of the first line after the marker.
    let content: String

    /// Whether the item has no text on its first line.
    var isEmpty: Bool { LineSyntax.isBlank(content) }

    /// Parses `line` as a list item start, or returns `nil`.
    static func parse(_ line: String) -> ListMarker? {
        let indent = LineSyntax.indentation(line)
        guard indent <= 3 else { return nil }
        let bytes = Array(line.utf8.prefix(indent + 16))
        guard indent < bytes.count else { return nil }
        var position = indent
        let isOrdered: Bool
        var number = 0
        let symbol: Character
        let first = bytes[position]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            isOrdered = false
            symbol = Character(Unicode.Scalar(first))
            position += 1
        } else {
            let digitsStart = position
            while position < bytes.count, position - digitsStart < 10,
                  (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                number = number * 10 + Int(bytes[position] - UInt8(ascii: "0"))
                position += 1
            }
            let digits = position - digitsStart
            guard (1...9).contains(digits), position < bytes.count,
                  bytes[position] == UInt8(ascii: ".") || bytes[position] == UInt8(ascii: ")") else { return nil }
            isOrdered = true
            symbol = Character(Unicode.Scalar(bytes[position]))
            position += 1
        }
        let rest = LineSyntax.droppingIndent(String(decoding: line.utf8.dropFirst(position), as: UTF8.self), Int.max)
        let spaces = line.utf8.count - position - rest.utf8.count
        let offset: Int
        if rest.isEmpty {
            offset = position + 1
        } else if spaces == 0 {
            return nil
        } else if spaces >= 5 {
            offset = position + 1
        } else {
            offset = position + spaces
        }
        let content = offset <= position + spaces
            ? String(decoding: line.utf8.dropFirst(offset), as: UTF8.self)
            : ""
        return ListMarker(
            indent: indent, isOrdered: isOrdered, number: number,
            symbol: symbol, contentOffset: offset, content: content
        )
    }

    /// Whether an item with marker `other` continues the same list as this one.
    func continuesList(of other: ListMarker) -> Bool {
        isOrdered == other.isOrdered && symbol == other.symbol
    }
}
