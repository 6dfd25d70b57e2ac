import CourseModel
/// `if c {`, `guard c else`, `while c {` become `… !(c) …`, one condition clause at a time.
///
/// Clauses that bind (`let`, `var`, `case`) or check availability cannot be negated and are skipped;
/// a condition must end on its own line so the diff stays one line.
enum ConditionNegation {
    static func edits(_ source: MutationSource) -> [SourceEdit] {
        var edits: [SourceEdit] = []
        let tokens = source.tokens
        for (index, token) in tokens.enumerated() where token.isWord && !source.inHeader[index] {
            guard ["if", "guard", "while"].contains(token.text) else { continue }
            if token.is("while") && index > 0 && tokens[index - 1].is("}") && tokens[index - 1].line == token.line { continue }  // repeat { } while c
            let terminator = token.is("guard") ? "else" : "{"
            var depth = 0, clauseStart = index + 1, cursor = index + 1
            var clauses: [(Int, Int)] = []
            var ended = false
            while cursor < tokens.count && tokens[cursor].line == token.line {
                let current = tokens[cursor]
                if ["(", "[", "{"].contains(current.text) && current.kind == .punctuation && !(depth == 0 && current.is(terminator)) { depth += 1 }
                if [")", "]", "}"].contains(current.text) && current.kind == .punctuation { depth -= 1 }
                if depth == 0 && (current.is(",") || current.is(terminator)) {
                    if cursor > clauseStart { clauses.append((clauseStart, cursor - 1)) }
                    clauseStart = cursor + 1
                    if current.is(terminator) { ended = true; break }
                }
                cursor += 1
            }
            guard ended else { continue }
            for (first, last) in clauses {
                let head = tokens[first].text
                if ["let", "var", "case", "#available", "#unavailable", "@"].contains(head) { continue }
                let text = source.text(tokens: first, last)
                edits.append(SourceEdit(.negatedCondition, tokens[first].start, tokens[last].end, "!(\(text))"))
            }
        }
        return edits
    }
}
