/// Recognisers for single source lines: blank lines, headings, breaks, quotes and other block starts.
enum LineSyntax {
    /// Whether `line` contains only spaces.
    static func isBlank<S: StringProtocol>(_ line: S) -> Bool {
        line.utf8.allSatisfy { $0 == 0x20 }
    }

    /// The number of leading spaces of `line`.
    static func indentation<S: StringProtocol>(_ line: S) -> Int {
        var count = 0
        for byte in line.utf8 {
            guard byte == 0x20 else { break }
            count += 1
        }
        return count
    }

    /// Removes up to `count` leading spaces from `line`.
    static func droppingIndent(_ line: String, _ count: Int) -> String {
        let spaces = min(count, indentation(line))
        if spaces == 0 { return line }
        return String(decoding: line.utf8.dropFirst(spaces), as: UTF8.self)
    }

    /// Returns `text` without leading and trailing spaces.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let characters = Array(text)
        var start = 0
        var end = characters.count
        while start < end, characters[start] == " " { start += 1 }
        while end > start, characters[end - 1] == " " { end -= 1 }
        return String(characters[start..<end])
    }

    /// Whether `character` is one of the ASCII digits 0–9.
    static func isASCIIDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    /// Parses an ATX heading (`#` to `######` followed by a space or the end of the line).
    static func atxHeading(_ line: String) -> (level: Int, text: String)? {
        let indent = indentation(line)
        guard indent <= 3 else { return nil }
        let rest = droppingIndent(line, indent)
        let level = rest.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level) else { return nil }
        let after = rest.dropFirst(level)
        guard after.isEmpty || after.first == " " else { return nil }
        var text = trimmed(after)
        let closing = text.reversed().prefix(while: { $0 == "#" }).count
        if closing > 0 {
            let before = text.dropLast(closing)
            if before.isEmpty {
                text = ""
            } else if before.last == " " {
                text = trimmed(before)
            }
        }
        return (level, text)
    }

    /// Whether `line` is a thematic break: three or more `-`, `*` or `_`, optionally spaced.
    static func isThematicBreak(_ line: String) -> Bool {
        let indent = indentation(line)
        guard indent <= 3 else { return false }
        let rest = droppingIndent(line, indent)
        guard let marker = rest.first, "-*_".contains(marker) else { return false }
        var count = 0
        for character in rest {
            if character == marker {
                count += 1
            } else if character != " " {
                return false
            }
        }
        return count >= 3
    }

    /// The heading level a setext underline (`===` → 1, `---` → 2) would give, or `nil`.
    static func setextLevel(_ line: String) -> Int? {
        let indent = indentation(line)
        guard indent <= 3 else { return nil }
        let first = line.utf8.dropFirst(indent).first
        guard first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return nil }
        let rest = trimmed(line)
        guard let marker = rest.first, marker == "=" || marker == "-",
              rest.allSatisfy({ $0 == marker }) else { return nil }
        return marker == "=" ? 1 : 2
    }

    /// The content of a block-quote line after its `>` and one optional space, or `nil`.
    static func quoteContent(_ line: String) -> String? {
        let indent = indentation(line)
        guard indent <= 3 else { return nil }
        let rest = droppingIndent(line, indent)
        guard rest.first == ">" else { return nil }
        let after = rest.dropFirst()
        return String(after.first == " " ? after.dropFirst() : after)
    }

    /// Whether `line` starts an HTML comment (`<!--`).
    static func isHTMLCommentStart(_ line: String) -> Bool {
        let indent = indentation(line)
        return indent <= 3 && droppingIndent(line, indent).hasPrefix("<!--")
    }

    /// Whether `line` visibly starts a new block, so it cannot be a lazy continuation line.
    static func startsBlock(_ line: String) -> Bool {
        atxHeading(line) != nil
            || isThematicBreak(line)
            || FenceOpening.parse(line) != nil
            || quoteContent(line) != nil
            || ListMarker.parse(line) != nil
            || isHTMLCommentStart(line)
    }

    /// Whether line `index` of `lines` may interrupt a paragraph.
    ///
    /// Fences and HTML comments only interrupt when they are closed later; ordered lists
    /// only when they start at 1; empty list items never do.
    static func interruptsParagraph(_ lines: [String], at index: Int, lineIndex: LineIndex) -> Bool {
        let line = lines[index]
        if atxHeading(line) != nil || isThematicBreak(line) || quoteContent(line) != nil {
            return true
        }
        if let fence = FenceOpening.parse(line) {
            return lineIndex.closingLine(of: fence, openedAt: index) != nil
        }
        if isHTMLCommentStart(line) {
            return lineIndex.commentEnd(openedAt: index) != nil
        }
        if let marker = ListMarker.parse(line), !marker.isEmpty {
            return !marker.isOrdered || marker.number == 1
        }
        return false
    }
}
