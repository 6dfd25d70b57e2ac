import CourseModel
/// Swaps two adjacent arguments of a call that look alike: both unlabeled or with the same label,
/// and both of the same shape (two plain names, two member chains ending in the same member, two
/// number literals, two strings, or two calls of the same function such as `Int32(a), Int32(b)`),
/// so the swap most likely still compiles.
///
/// Calls to `min` and `max` are skipped: swapping their arguments changes nothing (an equivalent mutant).
enum ArgumentSwap {
    static let symmetric: Set<String> = ["min", "max", "Swift.min", "Swift.max", "hypot"]

    /// What an argument value looks like, for guessing that two have the same type.
    enum Shape: Equatable {
        /// A plain name (`a`), or a member chain named by its last member (`left.count`).
        case name(String?)
        case number, string, call(String)
    }

    static func edits(_ source: MutationSource) -> [SourceEdit] {
        var edits: [SourceEdit] = []
        let tokens = source.tokens
        for (index, token) in tokens.enumerated() where token.is("(") && token.kind == .punctuation && !source.inHeader[index] {
            guard index > 0, tokens[index - 1].isWord, !token.spaceBefore,
                  !MutationSource.keywords.contains(tokens[index - 1].text),
                  let close = StatementRemoval.matching(tokens, index), tokens[close].line == token.line else { continue }
            var callee = tokens[index - 1].text
            if index > 2 && tokens[index - 2].is(".") && tokens[index - 3].isWord { callee = tokens[index - 3].text + "." + callee }
            if symmetric.contains(callee) { continue }
            let arguments = split(tokens, index + 1, close - 1)
            for pair in zip(arguments, arguments.dropFirst()) {
                let (a, b) = pair
                guard a.label == b.label, let shapeA = shape(tokens, a.first, a.last), shapeA == shape(tokens, b.first, b.last) else { continue }
                let textA = source.text(tokens: a.first, a.last), textB = source.text(tokens: b.first, b.last)
                guard textA != textB else { continue }
                let between = source.text(tokens[a.last].end, tokens[b.first].start)
                edits.append(SourceEdit(.swappedArguments, tokens[a.first].start, tokens[b.last].end, textB + between + textA))
            }
        }
        return edits
    }

    /// Arguments between two token indices: value range and label.
    static func split(_ tokens: [MutationToken], _ first: Int, _ last: Int) -> [(label: String?, first: Int, last: Int)] {
        guard first <= last else { return [] }
        var result: [(label: String?, first: Int, last: Int)] = []
        var depth = 0, start = first
        func finish(_ end: Int) {
            guard start <= end else { return }
            if end > start + 1 && tokens[start].isWord && tokens[start + 1].is(":") {
                result.append((tokens[start].text, start + 2, end))
            } else {
                result.append((nil, start, end))
            }
        }
        for index in first...last {
            let token = tokens[index]
            if token.kind == .punctuation && ["(", "[", "{"].contains(token.text) { depth += 1 }
            if token.kind == .punctuation && [")", "]", "}"].contains(token.text) { depth -= 1 }
            if depth == 0 && token.is(",") { finish(index - 1); start = index + 1 }
        }
        finish(last)
        return result
    }

    static func shape(_ tokens: [MutationToken], _ first: Int, _ last: Int) -> Shape? {
        guard first <= last else { return nil }
        if first == last {
            switch tokens[first].kind {
            case .number: return .number
            case .string: return .string
            case .word: return MutationSource.keywords.contains(tokens[first].text) ? nil : .name(nil)
            default: return nil
            }
        }
        let range = first...last
        // `raw.baseAddress, raw.count` are most likely of different types; `a.count, b.count` are not.
        if range.allSatisfy({ tokens[$0].isWord || tokens[$0].is(".") }) { return .name(tokens[last].text) }
        if tokens[first].isWord, first + 1 < last, tokens[first + 1].is("("), StatementRemoval.matching(tokens, first + 1) == last {
            return .call(tokens[first].text)
        }
        return nil
    }
}
