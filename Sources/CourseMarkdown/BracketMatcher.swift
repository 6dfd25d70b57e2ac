/// Finds the `]` matching a `[` in inline text, skipping escapes and code spans.
///
/// One left-to-right pass with a stack pairs every bracket it meets; later queries for
/// brackets that pass visited are answered from its table, so matching is linear for
/// ordinary text. Queries must come in increasing position order (as the parser's are).
struct BracketMatcher {
    /// The text being parsed.
    private let characters: [Character]
    /// Code-span positions, used to skip brackets inside code.
    private let index: InlineIndex
    /// The position where the current pass started.
    private var passStart = -1
    /// Brackets visited by the current pass, mapped to their matching `]` (or `nil` if unmatched).
    private var pairs: [Int: Int?] = [:]

    /// Creates a matcher over `characters` with their precomputed `index`.
    init(_ characters: [Character], index: InlineIndex) {
        self.characters = characters
        self.index = index
    }

    /// The position of the `]` matching the `[` at `open`, if any.
    mutating func match(_ open: Int) -> Int? {
        if open >= passStart, let known = pairs[open] { return known }
        runPass(from: open)
        return pairs[open] ?? nil
    }

    /// Pairs every bracket from `start` to the end of the text.
    private mutating func runPass(from start: Int) {
        passStart = start
        pairs = [:]
        var stack: [Int] = []
        var position = start
        while position < characters.count {
            let character = characters[position]
            if character == "\\", position + 1 < characters.count, InlineParser.isEscapable(characters[position + 1]) {
                position += 2
                continue
            }
            if character == "`" {
                let length = InlineIndex.backtickRun(characters, at: position)
                position = index.closingRun(from: position + length, length: length).map { $0 + length }
                    ?? position + length
                continue
            }
            if character == "[" {
                stack.append(position)
                pairs[position] = .some(nil)
            } else if character == "]", let open = stack.popLast() {
                pairs[open] = .some(position)
            }
            position += 1
        }
    }
}
