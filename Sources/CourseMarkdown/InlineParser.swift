/// Parses a paragraph's raw text into inline items: text, code spans, links, autolinks, breaks and emphasis.
///
/// Anything that does not form a complete construct (an unclosed `**`, a lone backtick,
/// `[text]` without a destination, an unterminated `<!--`) is kept as literal text.
struct InlineParser: Sendable {
    /// How deeply link labels are parsed for nested inline syntax before being kept literal.
    static let maximumLinkDepth = 4

    /// Parses `text` into resolved inline items.
    func parse(_ text: String) -> [InlineItem] {
        parse(Array(text), depth: 0)
    }

    /// Whether `character` may be backslash-escaped (ASCII punctuation).
    static func isEscapable(_ character: Character) -> Bool {
        character.isASCII && (character.isPunctuation || character.isSymbol)
    }

    /// Parses `characters` at link-nesting depth `depth`.
    private func parse(_ characters: [Character], depth: Int) -> [InlineItem] {
        var builder = InlineBuilder()
        let landmarks = InlineIndex(characters)
        var brackets = BracketMatcher(characters, index: landmarks)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                if index + 1 < characters.count, characters[index + 1] == "\n" {
                    builder.hardBreak()
                    index = skipSpaces(characters, from: index + 2)
                } else if index + 1 < characters.count, InlineParser.isEscapable(characters[index + 1]) {
                    builder.append(characters[index + 1])
                    index += 2
                } else {
                    builder.append(character)
                    index += 1
                }
            case "\n":
                builder.lineEnding()
                index = skipSpaces(characters, from: index + 1)
            case "`":
                let length = InlineIndex.backtickRun(characters, at: index)
                if let close = landmarks.closingRun(from: index + length, length: length) {
                    builder.add(.code(codeContent(characters[(index + length)..<close])))
                    index = close + length
                } else {
                    builder.append(String(repeating: "`", count: length))
                    index += length
                }
            case "*", "_":
                var end = index
                while end < characters.count, characters[end] == character { end += 1 }
                let before: Character = index > 0 ? characters[index - 1] : " "
                let after: Character = end < characters.count ? characters[end] : " "
                builder.add(.delimiter(InlineParser.delimiter(character, count: end - index, before: before, after: after)))
                index = end
            case "[", "!":
                let open = character == "!" ? index + 1 : index
                if open < characters.count, characters[open] == "[", let close = brackets.match(open),
                   let link = LinkScanner.scanLink(characters, open: open, close: close) {
                    let labelCharacters = Array(characters[link.labelStart..<link.labelEnd])
                    let label = depth < InlineParser.maximumLinkDepth
                        ? parse(labelCharacters, depth: depth + 1)
                        : [InlineItem(.text(String(labelCharacters)))]
                    builder.add(.link(label: label, destination: link.destination))
                    index = link.end
                } else {
                    builder.append(character)
                    index += 1
                }
            case "<":
                if InlineParser.startsComment(characters, at: index), let end = landmarks.commentEnd(from: index + 4) {
                    index = end
                } else if let autolink = LinkScanner.scanAutolink(characters, at: index) {
                    builder.add(.autolink(autolink.text))
                    index = autolink.end
                } else {
                    builder.append(character)
                    index += 1
                }
            default:
                builder.append(character)
                index += 1
            }
        }
        var items = builder.finish()
        EmphasisResolver.resolve(&items)
        return items
    }

    /// Whether `<!--` starts at `index`.
    private static func startsComment(_ characters: [Character], at index: Int) -> Bool {
        index + 3 < characters.count && characters[index + 1] == "!"
            && characters[index + 2] == "-" && characters[index + 3] == "-"
    }

    /// The content of a code span: newlines become spaces and one surrounding space is stripped.
    private func codeContent(_ characters: ArraySlice<Character>) -> String {
        var content = String(characters.map { $0 == "\n" ? " " : $0 })
        if content.count >= 2, content.first == " ", content.last == " ", !content.allSatisfy({ $0 == " " }) {
            content.removeFirst()
            content.removeLast()
        }
        return content
    }

    /// Returns the index of the first non-space character at or after `start`.
    private func skipSpaces(_ characters: [Character], from start: Int) -> Int {
        var index = start
        while index < characters.count, characters[index] == " " { index += 1 }
        return index
    }

    /// Classifies a delimiter run by the CommonMark flanking rules.
    static func delimiter(_ character: Character, count: Int, before: Character, after: Character) -> DelimiterRun {
        let beforeSpace = before.isWhitespace
        let afterSpace = after.isWhitespace
        let beforePunctuation = before.isPunctuation || before.isSymbol
        let afterPunctuation = after.isPunctuation || after.isSymbol
        let leftFlanking = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation)
        let rightFlanking = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation)
        let canOpen: Bool
        let canClose: Bool
        if character == "_" {
            canOpen = leftFlanking && (!rightFlanking || beforePunctuation)
            canClose = rightFlanking && (!leftFlanking || afterPunctuation)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        return DelimiterRun(character: character, count: count, originalCount: count, canOpen: canOpen, canClose: canClose)
    }
}
