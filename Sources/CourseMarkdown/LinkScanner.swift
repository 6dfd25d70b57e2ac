/// Recognises inline links, autolinks, code-span extents and HTML comments in a character array.
enum LinkScanner {
    /// A link found by `scanLink`: the range of its label and its destination.
    typealias Link = (labelStart: Int, labelEnd: Int, destination: String, end: Int)

    /// Scans an inline link `[label](destination "title")` whose `[` is at `open` and `]` at `close`.
    ///
    /// Returns the label's range, the destination and the index just past the closing `)`, or `nil`.
    static func scanLink(_ characters: [Character], open: Int, close: Int) -> Link? {
        guard open < close, close < characters.count else { return nil }
        var index = close + 1
        guard index < characters.count, characters[index] == "(" else { return nil }
        index += 1
        skipWhitespace(characters, &index)
        var destination = ""
        if index < characters.count, characters[index] == "<" {
            index += 1
            while index < characters.count, characters[index] != ">" {
                if characters[index] == "\n" || characters[index] == "<" { return nil }
                appendPossiblyEscaped(characters, &index, to: &destination)
            }
            guard index < characters.count else { return nil }
            index += 1
        } else {
            var depth = 0
            while index < characters.count {
                let character = characters[index]
                if character == " " || character == "\n" { break }
                if character == "(" { depth += 1 }
                if character == ")" {
                    if depth == 0 { break }
                    depth -= 1
                }
                appendPossiblyEscaped(characters, &index, to: &destination)
            }
            guard depth == 0 else { return nil }
        }
        skipWhitespace(characters, &index)
        if index < characters.count, let closing = titleCloser(for: characters[index]) {
            index += 1
            while index < characters.count, characters[index] != closing {
                index += characters[index] == "\\" ? 2 : 1
            }
            guard index < characters.count else { return nil }
            index += 1
            skipWhitespace(characters, &index)
        }
        guard index < characters.count, characters[index] == ")" else { return nil }
        return (open + 1, close, destination, index + 1)
    }

    /// Scans an autolink `<scheme:…>` or `<user@host>` starting at `open`; returns its text and end index.
    static func scanAutolink(_ characters: [Character], at open: Int) -> (text: String, end: Int)? {
        var index = open + 1
        var text = ""
        while index < characters.count, characters[index] != ">" {
            let character = characters[index]
            if character == " " || character == "\n" || character == "<" { return nil }
            text.append(character)
            index += 1
        }
        guard index < characters.count, isURI(text) || isEmail(text) else { return nil }
        return (text, index + 1)
    }

    /// Appends the character at `index` (or the character it escapes) to `text` and advances.
    private static func appendPossiblyEscaped(_ characters: [Character], _ index: inout Int, to text: inout String) {
        if characters[index] == "\\", index + 1 < characters.count, InlineParser.isEscapable(characters[index + 1]) {
            text.append(characters[index + 1])
            index += 2
        } else {
            text.append(characters[index])
            index += 1
        }
    }

    /// Advances `index` past spaces and newlines.
    private static func skipWhitespace(_ characters: [Character], _ index: inout Int) {
        while index < characters.count, characters[index] == " " || characters[index] == "\n" { index += 1 }
    }

    /// The character closing a link title that starts with `opening`, if it can start one.
    private static func titleCloser(for opening: Character) -> Character? {
        switch opening {
        case "\"": return "\""
        case "'": return "'"
        case "(": return ")"
        default: return nil
        }
    }

    /// Whether `text` is an absolute URI with a 2–32 character scheme.
    private static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard (2...32).contains(scheme.count), let first = scheme.first, first.isASCII, first.isLetter else {
            return false
        }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
    }

    /// Whether `text` looks like an e-mail address.
    private static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        let localAllowed = ".!#$%&'*+/=?^_`{|}~-"
        let localOK = parts[0].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || localAllowed.contains($0)) }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        let domainOK = labels.allSatisfy { label in
            !label.isEmpty && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
        return localOK && domainOK
    }
}
