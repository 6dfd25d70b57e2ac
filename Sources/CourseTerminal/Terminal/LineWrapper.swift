import CourseMarkdown
/// Wraps finished screen text (check results, hints, status, list, errors) to the terminal's width at
/// word boundaries, so no word is cut at the edge. A wrapped line continues under its own indentation
/// (plus two columns after a list mark such as `✗ ` or `- `); ANSI colour and OSC 8 link sequences take
/// no width; a word wider than the line stays whole (the terminal folds it); a quoted command
/// (`'course check exercise-2'`) is one word. Code is never re-wrapped as prose: a line of a compiler
/// snippet (`12 |     let x = …`, `   |      `- error: …`) keeps its spaces and is cut at the edge with `…`,
/// so a caret stays under its column and indentation stays.
public enum LineWrapper {
    public static func wrap(_ text: String, width: Int) -> String {
        guard width > 10 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(String($0), width: width) }.joined(separator: "\n")
    }

    static func wrapLine(_ line: String, width: Int) -> String {
        guard visibleWidth(line) > width else { return line }
        if isCode(line) { return cut(line, width: width) }
        let indent = String(line.prefix { $0 == " " })
        let words = self.words(String(line.dropFirst(indent.count)))
        guard let first = words.first else { return line }
        var continuation = indent
        if ["✗", "✓", "!", "-", "*", "•", "~"].contains(visible(first)), indent.count + 2 < width / 2 {
            continuation += String(repeating: " ", count: visibleWidth(first) + 1)
        }
        var lines: [String] = []
        var current = indent + first
        var used = visibleWidth(current)
        for word in words.dropFirst() {
            let size = visibleWidth(word)
            if used + 1 + size <= width {
                current += " " + word
                used += 1 + size
            } else {
                lines.append(current)
                current = continuation + word
                used = visibleWidth(current)
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// Words split at spaces, except inside a command to type: single quotes that start a word, or the
    /// command colour (`Style.command`).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        for character in text {
            if character == " " && !quoted {
                if !word.isEmpty { words.append(word) }
                word = ""
                continue
            }
            if character == "'" && (word.isEmpty || visible(word).isEmpty) { quoted = true } else if character == "'" && quoted { quoted = false }
            word.append(character)
            if character == "m" && word.hasSuffix(Style.commandStart) { quoted = true }
            if character == "m" && quoted && word.hasSuffix("\u{1B}[0m") && !word.hasSuffix(Style.commandStart) { quoted = false }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// `text` with every line wider than `width` cut (for text whose only wide lines are code, such as a
    /// rendered lesson), so the wrapper never folds code as prose.
    public static func cutWideLines(_ text: String, width: Int) -> String {
        guard width > 10 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { visibleWidth(String($0)) > width ? cut(String($0), width: width) : String($0) }.joined(separator: "\n")
    }

    /// A line of a compiler snippet: after its indentation, an optional line number and a `|` gutter.
    static func isCode(_ line: String) -> Bool {
        let body = visible(line).drop { $0 == " " }
        let afterNumber = body.drop { $0.isASCII && $0.isNumber }
        return afterNumber.drop { $0 == " " }.first == "|" && (afterNumber.count < body.count || afterNumber.first == "|")
    }

    /// `line` cut to `width` visible columns, the last one a `…`; escape sequences are kept (they take no
    /// width) and the style is reset after the cut.
    public static func cut(_ line: String, width: Int) -> String {
        var result = "", used = 0, escaped = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            if character == "\u{1B}" {
                escaped = true
                var sequence = String(character)
                guard let kind = iterator.next() else { break }
                sequence.append(kind)
                if kind == "[" {
                    while let next = iterator.next() { sequence.append(next); if next.isLetter || next == "~" { break } }
                } else if kind == "]" {
                    var previous: Character = " "
                    while let next = iterator.next() {
                        sequence.append(next)
                        if next == "\u{07}" || (previous == "\u{1B}" && next == "\\") { break }
                        previous = next
                    }
                }
                result += sequence
                continue
            }
            let size = DisplayWidth.of(character)
            if used + size > width - 1 { break }
            result.append(character)
            used += size
        }
        return result + "…" + (escaped ? "\u{1B}[0m" : "")
    }

    /// `text` without ANSI CSI sequences (`ESC [ … letter`) and OSC sequences (`ESC ] … ESC \` or BEL).
    static func visible(_ text: String) -> String {
        var result = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "\u{1B}" else {
                result.append(character)
                continue
            }
            switch iterator.next() {
            case "[":
                while let next = iterator.next(), !(next.isLetter || next == "~") {}
            case "]":
                var previous: Character = " "
                while let next = iterator.next() {
                    if next == "\u{07}" || (previous == "\u{1B}" && next == "\\") { break }
                    previous = next
                }
            default: break
            }
        }
        return result
    }

    public static func visibleWidth(_ text: String) -> Int {
        visible(text).reduce(0) { $0 + DisplayWidth.of($1) }
    }
}
