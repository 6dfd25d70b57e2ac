import CourseGrading
/// Removes top-level declarations by name from a source text, whole lines at a time: from the line of
/// the declaration's keyword (with the attributes on the lines just above it) to the line of its closing
/// brace. The lines become empty, so the rest keeps its line numbers.
enum DuplicateDeclarations {
    static let keywords: Set<String> = ["struct", "enum", "class", "actor", "protocol", "typealias", "func", "let", "var"]

    static func removing(_ names: Set<String>, from source: String) -> String {
        guard !names.isEmpty else { return source }
        let tokens = SwiftTokenizer.tokens(source)
        var blank: [ClosedRange<Int>] = []
        var depth = 0, index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.text == "{" { depth += 1 } else if token.text == "}" { depth = max(0, depth - 1) }
            guard depth == 0, keywords.contains(token.text), index + 1 < tokens.count, names.contains(tokens[index + 1].text) else {
                index += 1
                continue
            }
            var start = index
            while start > 0, tokens[start - 1].line >= token.line - 1, SuiteScanner.modifiers.contains(tokens[start - 1].text) || tokens[start - 1].text.hasPrefix("@") {
                start -= 1
            }
            // The body: the first `{` before the next top-level declaration, to its matching `}`.
            var end = index + 1, inner = 0, opened = false
            while end < tokens.count {
                let text = tokens[end].text
                if text == "{" { inner += 1; opened = true }
                if text == "}" { inner -= 1; if opened && inner == 0 { break } }
                if !opened, end > index + 1, keywords.contains(text) || text == "extension" { end -= 1; break }
                end += 1
            }
            let last = min(end, tokens.count - 1)
            blank.append(tokens[start].line...max(tokens[start].line, tokens[last].line))
            index = last + 1
        }
        guard !blank.isEmpty else { return source }
        return source.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { line in blank.contains(where: { $0.contains(line.offset + 1) }) ? "" : String(line.element) }
            .joined(separator: "\n")
    }
}
