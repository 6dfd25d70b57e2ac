/// A read position in source code plus the syntax tokens emitted so far.
struct SourceCursor {
    /// The source being scanned.
    let characters: [Character]
    /// The position of the next unread character.
    var index = 0
    /// The tokens produced so far; adjacent tokens of one kind are merged.
    private(set) var tokens: [SyntaxToken] = []

    /// Creates a cursor at the start of `source`.
    init(_ source: String) {
        characters = Array(source)
    }

    /// Whether every character has been read.
    var isAtEnd: Bool { index >= characters.count }

    /// The character `offset` places after the current one, if any.
    func peek(_ offset: Int = 0) -> Character? {
        let position = index + offset
        return position >= 0 && position < characters.count ? characters[position] : nil
    }

    /// Whether the source continues with the non-empty `pattern` at the current position.
    func matches(_ pattern: String) -> Bool {
        var position = index
        for character in pattern {
            guard position < characters.count, characters[position] == character else { return false }
            position += 1
        }
        return !pattern.isEmpty
    }

    /// The source text from `start` up to the current position.
    func text(from start: Int) -> String {
        let lower = min(max(0, start), characters.count)
        let upper = min(max(lower, index), characters.count)
        return String(characters[lower..<upper])
    }

    /// Appends a token, merging it with the previous one when the kinds match.
    mutating func emit(_ text: String, _ kind: SyntaxTokenKind) {
        guard !text.isEmpty else { return }
        if let last = tokens.last, last.kind == kind {
            tokens[tokens.count - 1].text += text
        } else {
            tokens.append(SyntaxToken(text: text, kind: kind))
        }
    }

    /// Reads characters while `predicate` holds and emits them, after `prefix`, as one token.
    mutating func consume(while predicate: (Character) -> Bool, as kind: SyntaxTokenKind, including prefix: String = "") {
        let start = index
        while index < characters.count, predicate(characters[index]) { index += 1 }
        emit(prefix + text(from: start), kind)
    }
}
