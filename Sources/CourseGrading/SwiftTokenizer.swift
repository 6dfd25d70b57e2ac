import CourseModel

/// A small Swift lexer: words and punctuation with line numbers; comments and string contents dropped.
///
/// It is just enough to find test methods and top-level declarations. It never fails: any input
/// yields some tokens, and unterminated comments or strings simply end the scan.
public struct SwiftToken: Equatable {
    public var text: String
    public var line: Int
}

public enum SwiftTokenizer {
    public static func tokens(_ source: String) -> [SwiftToken] {
        let chars = Array(source.unicodeScalars)
        var tokens: [SwiftToken] = []
        var i = 0, line = 1
        func peek(_ offset: Int) -> Unicode.Scalar? { i + offset < chars.count ? chars[i + offset] : nil }
        while i < chars.count {
            let c = chars[i]
            if c == "\n" { line += 1; i += 1; continue }
            if c == " " || c == "\t" || c == "\r" { i += 1; continue }
            var lineStart = 0
            if let end = skipComment(chars, at: i, line: &line, lineStart: &lineStart) {
                i = end
                continue
            }
            if c == "#" || c == "\"" {
                var hashes = 0
                var j = i
                while j < chars.count && chars[j] == "#" { hashes += 1; j += 1 }
                if j < chars.count && chars[j] == "\"" {
                    let startLine = line
                    i = skipString(chars, from: j, hashes: hashes, line: &line)
                    tokens.append(SwiftToken(text: "\"\"", line: startLine))
                    continue
                }
                if hashes > 0 {  // #if, #available, #sourceLocation…
                    var k = j
                    while k < chars.count && isIdentifier(chars[k]) { k += 1 }
                    tokens.append(SwiftToken(text: String(String.UnicodeScalarView(chars[i..<max(k, i + 1)])), line: line))
                    i = max(k, i + 1)
                    continue
                }
            }
            // A raw identifier (SE-0451: `the learner's name`) keeps its backticks: its text is not a plain name.
            if c == "`", let close = rawIdentifierEnd(chars, from: i) {
                tokens.append(SwiftToken(text: String(String.UnicodeScalarView(chars[i...close])), line: line))
                i = close + 1
                continue
            }
            if isIdentifierStart(c) || c == "`" {
                var j = i + (c == "`" ? 1 : 0)
                while j < chars.count && isIdentifier(chars[j]) { j += 1 }
                let text = String(String.UnicodeScalarView(chars[(c == "`" ? i + 1 : i)..<j]))
                if c == "`" && j < chars.count && chars[j] == "`" { j += 1 }
                tokens.append(SwiftToken(text: text.isEmpty ? "`" : text, line: line))
                i = max(j, i + 1)
                continue
            }
            tokens.append(SwiftToken(text: String(c), line: line))
            i += 1
        }
        return tokens
    }

    /// The index of the backtick that closes a raw identifier opened at `start`: on the same line, with some
    /// character in between that a plain identifier cannot hold. Nil for `` `default` `` and for a lone backtick.
    static func rawIdentifierEnd(_ chars: [Unicode.Scalar], from start: Int) -> Int? {
        var j = start + 1
        var plain = true
        while j < chars.count, chars[j] != "`", chars[j] != "\n" {
            if !isIdentifier(chars[j]) { plain = false }
            j += 1
        }
        guard j < chars.count, chars[j] == "`", j > start + 1, !plain else { return nil }
        return j
    }

    /// If a comment (`//` to the end of the line, or a nested `/* */`) starts at `i`, the index after it,
    /// with `line` and `lineStart` moved past its newlines; nil when no comment starts there.
    package static func skipComment(_ chars: [Unicode.Scalar], at start: Int, line: inout Int, lineStart: inout Int) -> Int? {
        func at(_ index: Int) -> Unicode.Scalar? { index < chars.count ? chars[index] : nil }
        guard at(start) == "/", let second = at(start + 1), second == "/" || second == "*" else { return nil }
        var i = start
        if second == "/" {
            while i < chars.count && chars[i] != "\n" { i += 1 }
            return i
        }
        var depth = 0
        while i < chars.count {
            if chars[i] == "/" && at(i + 1) == "*" { depth += 1; i += 2; continue }
            if chars[i] == "*" && at(i + 1) == "/" { depth -= 1; i += 2; if depth == 0 { break }; continue }
            if chars[i] == "\n" { line += 1; lineStart = i + 1 }
            i += 1
        }
        return i
    }

    /// Skips a string literal starting at the opening quote; returns the index after it.
    package static func skipString(_ chars: [Unicode.Scalar], from start: Int, hashes: Int, line: inout Int) -> Int {
        let multiline = start + 2 < chars.count && chars[start + 1] == "\"" && chars[start + 2] == "\""
        var i = start + (multiline ? 3 : 1)
        while i < chars.count {
            let c = chars[i]
            if c == "\n" {
                if !multiline { return i }  // unterminated: the caller counts this newline
                line += 1
            }
            if c == "\\" && hashes == 0 {
                if i + 1 < chars.count && chars[i + 1] == "(" {
                    i = skipInterpolation(chars, from: i + 2, line: &line)
                    continue
                }
                i += 2
                continue
            }
            if c == "\"" {
                let closeLength = multiline ? 3 : 1
                var matches = true
                for k in 0..<closeLength where i + k >= chars.count || chars[i + k] != "\"" { matches = false }
                if matches {
                    var j = i + closeLength, h = 0
                    while h < hashes && j < chars.count && chars[j] == "#" { h += 1; j += 1 }
                    if h == hashes { return j }
                }
            }
            i += 1
        }
        return i
    }

    static func skipInterpolation(_ chars: [Unicode.Scalar], from start: Int, line: inout Int) -> Int {
        var depth = 1, i = start
        while i < chars.count && depth > 0 {
            let c = chars[i]
            if c == "\n" { line += 1 }
            if c == "(" { depth += 1 }
            if c == ")" { depth -= 1 }
            if c == "\"" { i = skipString(chars, from: i, hashes: 0, line: &line); continue }
            i += 1
        }
        return i
    }

    package static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c == "$" || (c.properties.isAlphabetic)
    }

    package static func isIdentifier(_ c: Unicode.Scalar) -> Bool {
        isIdentifierStart(c) || ("0"..."9").contains(c) || c.properties.generalCategory == .decimalNumber
    }
}
