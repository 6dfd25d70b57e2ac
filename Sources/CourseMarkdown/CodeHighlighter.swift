/// Highlights the lines of a code block in one language.
struct CodeHighlighter: Sendable {
    /// The language whose rules are applied.
    let language: SyntaxLanguage

    /// Returns styled runs for each of `lines` (same count); multi-line comments and strings carry over.
    func highlight(_ lines: [String]) -> [[StyledRun]] {
        if lines.isEmpty { return [] }
        let tokens = SyntaxTokenizer.tokenize(lines.joined(separator: "\n"), language: language)
        var result: [[StyledRun]] = [[]]
        for token in tokens {
            let parts = token.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 { result.append([]) }
                if !part.isEmpty {
                    result[result.count - 1].append(StyledRun(String(part), token.kind.style))
                }
            }
        }
        return result
    }
}
