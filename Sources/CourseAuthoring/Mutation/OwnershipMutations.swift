import CourseModel
/// Removes `weak` and `unowned` (declarations and captures) and whole capture lists that hold one.
///
/// These are the mistakes the ownership lessons are about: a strong back reference or a strong
/// capture compiles and works, and only a suite that probes lifetimes notices the leak.
enum OwnershipMutations {
    static func edits(_ source: MutationSource) -> [SourceEdit] {
        var edits: [SourceEdit] = []
        let tokens = source.tokens
        for (index, token) in tokens.enumerated() {
            if token.isWord && (token.is("weak") || token.is("unowned")) && !optionalCaptureInUse(tokens, index) {
                var last = index
                if index + 3 < tokens.count && tokens[index + 1].is("(") && !tokens[index + 1].spaceBefore && tokens[index + 3].is(")") {
                    last = index + 3  // unowned(unsafe)
                }
                guard last + 1 < tokens.count, tokens[last + 1].line == token.line else { continue }
                edits.append(SourceEdit(.removedOwnership, token.start, tokens[last + 1].start, ""))
            }
            // `{ [weak self] in` or `{ [unowned x] (a) in`
            if token.is("{") && index + 1 < tokens.count && tokens[index + 1].is("["),
               let close = StatementRemoval.matching(tokens, index + 1), close + 1 < tokens.count,
               tokens[close].line == token.line,
               tokens[(index + 1)...close].contains(where: { $0.is("weak") || $0.is("unowned") }),
               !((index + 1)...close).contains(where: { optionalCaptureInUse(tokens, $0) }) {
                let afterList = tokens[close + 1]
                if afterList.is("in") {
                    let end = close + 2 < tokens.count && tokens[close + 2].line == token.line ? tokens[close + 2].start : afterList.end
                    edits.append(SourceEdit(.removedCaptureList, tokens[index + 1].start, end, ""))
                } else if afterList.line == token.line {
                    edits.append(SourceEdit(.removedCaptureList, tokens[index + 1].start, afterList.start, ""))
                }
            }
        }
        return edits
    }

    /// Whether the token is `weak` in a capture list whose closure unwraps the capture (`self?.x`,
    /// `guard let self`): without `weak` the capture is not optional and the closure cannot compile.
    static func optionalCaptureInUse(_ tokens: [MutationToken], _ index: Int) -> Bool {
        guard tokens[index].is("weak"), index + 1 < tokens.count, index > 0 else { return false }
        var open = index - 1
        while open > 0 && !tokens[open].is("[") && !tokens[open].is("{") { open -= 1 }
        guard tokens[open].is("["), open > 0, tokens[open - 1].is("{"),
              let body = StatementRemoval.matching(tokens, open - 1) else { return false }
        let name = tokens[index + 1].text
        for position in open..<body where tokens[position].is(name) && position + 1 < tokens.count {
            let next = tokens[position + 1]
            if next.text.hasPrefix("?") && !next.spaceBefore { return true }
            if position > 0 && (tokens[position - 1].is("let") || tokens[position - 1].is("var")) { return true }
        }
        return false
    }
}
