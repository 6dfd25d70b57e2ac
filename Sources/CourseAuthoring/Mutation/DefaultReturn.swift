import CourseModel
/// `return x` becomes `return` of the return type's obvious default: `0`, `false`, `""`, `[]`,
/// `[:]` or `nil`. Where the type is not written down (closures) or not one of those, nothing.
enum DefaultReturn {
    static let numeric: Set<String> = [
        "Int", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64", "Double", "Float",
        "CGFloat", "CInt", "CLong", "CDouble", "TimeInterval",
    ]

    static func edits(_ source: MutationSource) -> [SourceEdit] {
        var edits: [SourceEdit] = []
        let tokens = source.tokens
        for (index, token) in tokens.enumerated() where token.isWord && token.is("return") && !source.inHeader[index] {
            guard let type = source.returnType(at: index)?.type, let value = defaultValue(for: type) else { continue }
            guard index + 1 < tokens.count, tokens[index + 1].line == token.line else { continue }
            var last = index, depth = 0
            while last + 1 < tokens.count && tokens[last + 1].line == token.line {
                let next = tokens[last + 1]
                if next.kind == .punctuation && ["(", "[", "{"].contains(next.text) { depth += 1 }
                if next.kind == .punctuation && [")", "]", "}"].contains(next.text) {
                    if depth == 0 { break }
                    depth -= 1
                }
                if depth == 0 && next.is(";") { break }
                last += 1
            }
            guard last > index, depth == 0 else { continue }
            if last + 1 < tokens.count, tokens[last + 1].line != token.line {
                let after = tokens[last + 1]
                if after.is(".") || after.kind == .symbol || after.is(":") { continue }  // the expression goes on
            }
            if source.text(tokens: index + 1, last) == value { continue }
            edits.append(SourceEdit(.defaultReturn, tokens[index + 1].start, tokens[last].end, value))
        }
        return edits
    }

    /// The literal a wrong-but-compiling implementation would most likely return; nil when unsure.
    static func defaultValue(for type: String) -> String? {
        if type.hasSuffix("?") { return "nil" }
        if numeric.contains(type) { return "0" }
        if type == "Bool" { return "false" }
        if type == "String" || type == "Substring" { return "\"\"" }
        if type.hasPrefix("["), type.hasSuffix("]") {
            var depth = 0
            for character in type {
                if "[(<".contains(character) { depth += 1 }
                if "])>".contains(character) { depth -= 1 }
                if character == ":" && depth == 1 { return "[:]" }
            }
            return "[]"
        }
        return nil
    }
}
