import CourseModel
/// Relational, arithmetic and range operators: each binary operator in code gets its near miss.
///
/// Only operators with whitespace on both sides are binary for certain (Swift's own rule), which
/// keeps generic brackets (`Array<Int>`) and prefix or postfix operators out without a parser.
enum OperatorMutations {
    static let relational: [String: String] = ["<": "<=", "<=": "<", ">": ">=", ">=": ">", "==": "!=", "!=": "=="]
    static let arithmetic: [String: String] = [
        "+": "-", "-": "+", "*": "/", "/": "*", "%": "*", "+=": "-=", "-=": "+=", "*=": "/=", "/=": "*=",
    ]
    static let ranges: [String: String] = ["..<": "...", "...": "..<"]

    static func edits(_ source: MutationSource) -> [SourceEdit] {
        var edits: [SourceEdit] = []
        let tokens = source.tokens
        for (index, token) in tokens.enumerated() where token.kind == .symbol && !source.inHeader[index] {
            let previous = index > 0 ? tokens[index - 1] : nil
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if let range = ranges[token.text] {
                if let previous, let next, endsOperand(previous), startsOperand(next), token.spaceBefore == token.spaceAfter {
                    edits.append(SourceEdit(.range, replacing: token, with: range))
                }
                continue
            }
            guard token.spaceBefore && token.spaceAfter, previous != nil, next != nil else { continue }
            if let swap = relational[token.text] {
                edits.append(SourceEdit(.relational, replacing: token, with: swap))
            } else if let swap = arithmetic[token.text] {
                // `"a" + b` and `list + [x]` are concatenation: their "minus" would not compile.
                if previous?.kind == .string || next?.kind == .string || next?.is("[") == true { continue }
                edits.append(SourceEdit(.arithmetic, replacing: token, with: swap))
            }
        }
        return edits
    }

    static func endsOperand(_ token: MutationToken) -> Bool {
        token.kind == .number || token.is(")") || token.is("]") || (token.isWord && !MutationSource.keywords.contains(token.text))
    }

    static func startsOperand(_ token: MutationToken) -> Bool {
        token.kind == .number || token.is("(") || (token.isWord && !MutationSource.keywords.contains(token.text))
    }
}
