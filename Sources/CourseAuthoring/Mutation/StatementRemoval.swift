import CourseModel
/// Removes a one-line statement that is a call (`items.append(x)`, `free(p)`, `onTick?()`) or an
/// assignment (`count += 1`, `_ = box.retain()`), leaving the line blank.
///
/// Skipped where the removal cannot compile: a declaration (`let x = …`, later uses need it), the
/// only statement of a closure or of a function that returns a value (its implicit return), an
/// assignment directly in an `init` (stored properties must be set), and lines that continue a
/// statement begun above or go on below.
enum StatementRemoval {
    static let assignments: Set<String> = ["=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="]
    /// Tokens after which a new line is still the same statement.
    static let continuing: Set<String> = [",", "(", "[", "=", ".", ":", "&&", "||", "+", "-", "*", "/"]

    static func edits(_ source: MutationSource) -> [SourceEdit] {
        var edits: [SourceEdit] = []
        let tokens = source.tokens
        var first = 0
        while first < tokens.count {
            var last = first
            while last + 1 < tokens.count && tokens[last + 1].line == tokens[first].line { last += 1 }
            if let edit = removal(source, first, last) { edits.append(edit) }
            first = last + 1
        }
        return edits
    }

    static func removal(_ source: MutationSource, _ first: Int, _ last: Int) -> SourceEdit? {
        let tokens = source.tokens
        let head = tokens[first]
        guard !source.inHeader[first], head.isWord, source.scopeOf[first] != nil else { return nil }
        guard head.is("self") || head.is("_") || head.is("try") || !MutationSource.keywords.contains(head.text) else { return nil }
        if first > 0 {
            let before = tokens[first - 1]
            if (before.kind == .symbol && !before.is("?") && !before.is("!")) || continuing.contains(before.text) { return nil }
        }
        if last + 1 < tokens.count {
            let after = tokens[last + 1]
            if after.is(".") || (after.kind == .symbol && !after.is("!") && after.spaceAfter) { return nil }
        }
        // Balanced on its own line, never closing a bracket it did not open.
        var depth = 0, assignment: Int?, firstParen: Int?
        for index in first...last {
            let token = tokens[index]
            if token.kind == .punctuation && ["(", "[", "{"].contains(token.text) {
                if depth == 0 && token.is("(") && firstParen == nil { firstParen = index }
                depth += 1
            }
            if token.kind == .punctuation && [")", "]", "}"].contains(token.text) {
                depth -= 1
                if depth < 0 { return nil }
            }
            if depth == 0 && token.kind == .symbol && assignments.contains(token.text) && assignment == nil { assignment = index }
        }
        guard depth == 0 else { return nil }
        let isCall = tokens[last].is(")") && firstParen.map { paren in
            (first..<paren).allSatisfy { tokens[$0].isWord || tokens[$0].is(".") || tokens[$0].is("?") || tokens[$0].is("!") }
                && matching(tokens, paren) == last
        } ?? false
        guard isCall || assignment != nil else { return nil }
        guard let scope = source.scopeOf[first] else { return nil }
        let kind = source.scopes[scope].kind
        if assignment != nil && kind == .function && source.scopes[scope].isInitializer { return nil }
        let alone = first > 0 && (tokens[first - 1].is("{") || tokens[first - 1].is("in"))
            && last + 1 < tokens.count && tokens[last + 1].is("}")
        if alone {
            if kind == .closure { return nil }
            if let type = source.returnType(at: first)?.type, type != "Void", type != "()" { return nil }
        }
        return SourceEdit(.removedStatement, head.start, tokens[last].end, "")
    }

    /// The index of the bracket closing the one at `open`, or nil.
    static func matching(_ tokens: [MutationToken], _ open: Int) -> Int? {
        var depth = 0
        for index in open..<tokens.count where tokens[index].kind == .punctuation {
            if ["(", "[", "{"].contains(tokens[index].text) { depth += 1 }
            if [")", "]", "}"].contains(tokens[index].text) {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }
}
