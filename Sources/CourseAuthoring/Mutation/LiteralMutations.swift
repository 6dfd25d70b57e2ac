import CourseModel
/// Integer literals move by one (`0` only up, so no negative index appears from nothing) and
/// Boolean literals flip. Literals in declaration headers (default arguments) are left alone.
enum LiteralMutations {
    static func edits(_ source: MutationSource) -> [SourceEdit] {
        var edits: [SourceEdit] = []
        for (index, token) in source.tokens.enumerated() where !source.inHeader[index] {
            switch token.kind {
            case .word where token.is("true"): edits.append(SourceEdit(.booleanLiteral, replacing: token, with: "false"))
            case .word where token.is("false"): edits.append(SourceEdit(.booleanLiteral, replacing: token, with: "true"))
            case .number:
                // `pair.0` is a tuple element, not a number.
                if index > 0 && source.tokens[index - 1].is(".") { continue }
                guard let value = decimal(token.text) else { continue }
                if value > 0 { edits.append(SourceEdit(.integerLiteral, replacing: token, with: String(value - 1))) }
                if value < Int.max { edits.append(SourceEdit(.integerLiteral, replacing: token, with: String(value + 1))) }
            default: continue
            }
        }
        return edits
    }

    /// The value of a plain decimal integer literal (`1_000`); nil for floats, hex, octal, binary.
    static func decimal(_ text: String) -> Int? {
        guard text.first?.isNumber == true, text.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "_" }) else { return nil }
        return Int(text.filter { $0 != "_" })
    }
}
