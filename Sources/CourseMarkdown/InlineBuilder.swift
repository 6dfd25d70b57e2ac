/// Accumulates literal text and inline items while a paragraph is scanned.
struct InlineBuilder {
    /// The items completed so far.
    private var items: [InlineItem] = []
    /// Literal text not yet turned into an item.
    private var buffer = ""

    /// Appends one literal character.
    mutating func append(_ character: Character) {
        buffer.append(character)
    }

    /// Appends literal text.
    mutating func append(_ text: String) {
        buffer += text
    }

    /// Adds a finished item after any pending text.
    mutating func add(_ kind: InlineKind) {
        flush()
        items.append(InlineItem(kind))
    }

    /// Records a line ending: two or more trailing spaces make a hard break, otherwise a space.
    mutating func lineEnding() {
        var trailing = 0
        while buffer.last == " " {
            buffer.removeLast()
            trailing += 1
        }
        if trailing >= 2 {
            hardBreak()
        } else {
            buffer.append(" ")
        }
    }

    /// Adds a hard line break, dropping spaces before it.
    mutating func hardBreak() {
        while buffer.last == " " { buffer.removeLast() }
        add(.hardBreak)
    }

    /// Returns all items, including pending text.
    mutating func finish() -> [InlineItem] {
        flush()
        return items
    }

    /// Turns pending text into a text item.
    private mutating func flush() {
        if !buffer.isEmpty {
            items.append(InlineItem(.text(buffer)))
            buffer = ""
        }
    }
}
