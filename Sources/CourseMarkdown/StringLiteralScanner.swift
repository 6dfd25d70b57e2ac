/// Scans string literals for the highlighter: quotes, raw-string hashes, escapes and interpolation.
///
/// Unterminated strings end at the end of the line (single-line strings) or of the source.
struct StringLiteralScanner {
    /// The language rules in force.
    let language: SyntaxLanguage

    /// Scans a string whose optional prefix (`f`, `r#`, `#`) has `prefixLength` characters.
    ///
    /// `hashes` is the raw-string hash count, `escapes` enables backslash escapes (and Swift
    /// `\(…)` interpolation where the language has it), `braces` enables Python `{…}` interpolation.
    func scan(_ cursor: inout SourceCursor, prefixLength: Int, hashes: Int, escapes: Bool, braces: Bool) {
        let prefixStart = cursor.index
        cursor.index = min(cursor.index + prefixLength, cursor.characters.count)
        var text = cursor.text(from: prefixStart)
        guard let quote = cursor.peek() else { return cursor.emit(text, .string) }
        let tripled = language.tripleQuotedStrings && cursor.peek(1) == quote && cursor.peek(2) == quote
        let delimiter = String(repeating: quote, count: tripled ? 3 : 1)
        let closing = delimiter + String(repeating: "#", count: hashes)
        let multiline = tripled || language.multilineStrings
        let escapePrefix = "\\" + String(repeating: "#", count: hashes)
        text += delimiter
        cursor.index += delimiter.count
        while let character = cursor.peek() {
            if cursor.matches(closing) {
                text += closing
                cursor.index += closing.count
                break
            }
            if character == "\n" && !multiline { break }
            if escapes && cursor.matches(escapePrefix) {
                cursor.emit(text, .string)
                text = ""
                scanEscape(&cursor, prefixLength: escapePrefix.count, multiline: multiline)
                continue
            }
            if braces && character == "{" {
                if cursor.peek(1) == "{" {
                    text += "{{"
                    cursor.index += 2
                    continue
                }
                cursor.emit(text, .string)
                text = ""
                scanInterpolation(&cursor, from: cursor.index, open: "{", close: "}", multiline: multiline)
                continue
            }
            text.append(character)
            cursor.index += 1
        }
        cursor.emit(text, .string)
    }

    /// Scans an escape such as `\n` or `\u{1F600}`, or a Swift `\(…)` interpolation.
    private func scanEscape(_ cursor: inout SourceCursor, prefixLength: Int, multiline: Bool) {
        let start = cursor.index
        cursor.index += prefixLength
        if language.parenthesisInterpolation && cursor.peek() == "(" {
            scanInterpolation(&cursor, from: start, open: "(", close: ")", multiline: multiline)
            return
        }
        let escaped = cursor.peek()
        cursor.index = min(cursor.index + 1, cursor.characters.count)
        if escaped == "u" && cursor.peek() == "{" {
            while let character = cursor.peek(), character != "}", character != "\n" { cursor.index += 1 }
            if cursor.peek() == "}" { cursor.index += 1 }
        }
        cursor.emit(cursor.text(from: start), .escape)
    }

    /// Scans from `start` through the bracket matching the `open` at the current position.
    private func scanInterpolation(
        _ cursor: inout SourceCursor, from start: Int, open: Character, close: Character, multiline: Bool
    ) {
        var depth = 0
        while let character = cursor.peek() {
            if character == "\n" && !multiline { break }
            cursor.index += 1
            if character == open { depth += 1 }
            if character == close {
                depth -= 1
                if depth <= 0 { break }
            }
        }
        cursor.emit(cursor.text(from: start), .interpolation)
    }
}
