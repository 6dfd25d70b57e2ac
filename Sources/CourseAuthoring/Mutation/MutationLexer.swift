import CourseGrading
import CourseModel
/// Splits Swift source into positioned tokens for mutation, skipping comments and whole string literals.
///
/// String literals (raw, multi-line, with interpolations) are skipped with `SwiftTokenizer`'s own
/// scanner, so both agree on where a string ends and no operator ever edits inside one. Like
/// `SwiftTokenizer`, it never fails: every step consumes at least one scalar, so it always ends.
enum MutationLexer {
    static let operatorScalars = Set("/=-+!*%<>&|^~?".unicodeScalars)

    static func tokens(_ source: String) -> [MutationToken] {
        let chars = Array(source.unicodeScalars)
        var tokens: [MutationToken] = []
        var i = 0, line = 1, lineStart = 0
        func peek(_ offset: Int) -> Unicode.Scalar? { i + offset < chars.count ? chars[i + offset] : nil }
        func isSpace(_ index: Int) -> Bool {
            index < 0 || index >= chars.count || [" ", "\t", "\r", "\n"].contains(chars[index])
        }
        func add(_ kind: MutationToken.Kind, from start: Int, line startLine: Int, column: Int) {
            let end = max(i, start + 1)
            i = end
            tokens.append(MutationToken(kind: kind, text: String(String.UnicodeScalarView(chars[start..<end])),
                                        start: start, end: end, line: startLine, column: column,
                                        spaceBefore: isSpace(start - 1), spaceAfter: isSpace(end)))
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\n" { line += 1; i += 1; lineStart = i; continue }
            if c == " " || c == "\t" || c == "\r" { i += 1; continue }
            if let end = SwiftTokenizer.skipComment(chars, at: i, line: &line, lineStart: &lineStart) {
                i = end
                continue
            }
            let start = i, startLine = line, column = i - lineStart + 1
            if c == "#" || c == "\"" {
                var j = i
                while j < chars.count && chars[j] == "#" { j += 1 }
                if j < chars.count && chars[j] == "\"" {
                    var newLine = line
                    let end = SwiftTokenizer.skipString(chars, from: j, hashes: j - i, line: &newLine)
                    for k in i..<min(end, chars.count) where chars[k] == "\n" { lineStart = k + 1 }
                    line = newLine
                    i = end
                    add(.string, from: start, line: startLine, column: column)
                    continue
                }
                if j > i {  // #if, #available, #selector…
                    i = j
                    while i < chars.count && SwiftTokenizer.isIdentifier(chars[i]) { i += 1 }
                    add(.punctuation, from: start, line: startLine, column: column)
                    continue
                }
            }
            if ("0"..."9").contains(c) {
                while i < chars.count {
                    let d = chars[i]
                    if SwiftTokenizer.isIdentifier(d) { i += 1; continue }
                    if d == ".", let next = peek(1), ("0"..."9").contains(next) { i += 1; continue }
                    if (d == "-" || d == "+"), i > start, ["e", "E", "p", "P"].contains(chars[i - 1]) { i += 1; continue }
                    break
                }
                add(.number, from: start, line: startLine, column: column)
                continue
            }
            if SwiftTokenizer.isIdentifierStart(c) || c == "`" {
                i += 1
                while i < chars.count && SwiftTokenizer.isIdentifier(chars[i]) { i += 1 }
                if c == "`" && i < chars.count && chars[i] == "`" { i += 1 }
                add(.word, from: start, line: startLine, column: column)
                continue
            }
            if operatorScalars.contains(c) || (c == "." && peek(1) == ".") {
                i += 1
                while i < chars.count, operatorScalars.contains(chars[i]) || (chars[i] == "." && c == ".") {
                    if chars[i] == "/", let next = peek(1), next == "/" || next == "*" { break }
                    i += 1
                }
                add(.symbol, from: start, line: startLine, column: column)
                continue
            }
            i += 1
            add(.punctuation, from: start, line: startLine, column: column)
        }
        return tokens
    }
}
