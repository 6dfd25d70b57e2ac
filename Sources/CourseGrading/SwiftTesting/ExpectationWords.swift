import CourseModel

/// Swift Testing's issue summaries in plain words. The event stream (ABI version 0 of Swift 6.3) carries
/// no structured expression, but its message shows what `#expect` captured as `(source → value)`:
/// `(twice(2) → 4) == 5` becomes "Expected twice(2) to be 5, but it was 4."
/// Pure, so a table tests it; any text it does not recognise is passed on unchanged.
public enum ExpectationWords {
    static let prefix = "Expectation failed: "

    /// The sentence for one issue: its summary and the details that followed it (comments, differences).
    public static func sentence(_ summary: String, details: String = "") -> String {
        var text: String
        if summary.hasPrefix(prefix) {
            text = expectation(String(summary.dropFirst(prefix.count)))
        } else if summary == "Issue recorded", !details.isEmpty {
            return details.split(separator: "\n").joined(separator: " - ")
        } else if summary == "Known issue was not recorded" {
            text = "A known issue was expected (withKnownIssue), but it did not occur."
        } else if summary.hasPrefix("Caught error: ") {
            text = "The test threw an error: " + summary.dropFirst("Caught error: ".count)
        } else {
            text = summary
        }
        for detail in details.split(separator: "\n") where !detail.isEmpty { text += " - " + detail }
        return text
    }

    static let comparisons: [(op: String, words: String)] = [
        ("===", "the same instance as"), ("!==", "not the same instance as"), ("==", "equal to"), ("!=", "different from"),
        ("<=", "at most"), (">=", "at least"), ("<", "less than"), (">", "greater than"),
    ]

    static func expectation(_ body: String) -> String {
        let none = "an error was expected but none was thrown"
        if body == none { return "Expected an error to be thrown, but none was." }
        if body.hasPrefix(none + " and "), body.hasSuffix(" was returned") {
            let value = body.dropFirst(none.count + 5).dropLast(" was returned".count)
            return "Expected an error to be thrown, but none was: it returned \(value)."
        }
        // `#expect(throws: ParseError.empty)` that saw another error: the framework's sentence is already plain.
        if body.hasPrefix("expected error ") { return "E" + body.dropFirst() + "." }
        let thrown = "an error was thrown when none was expected: "
        if body.hasPrefix(thrown) { return "Expected no error, but \(body.dropFirst(thrown.count)) was thrown." }
        for (op, words) in comparisons {
            guard let (left, right) = split(body, at: " \(op) ") else { continue }
            let lhs = side(left), rhs = side(right)
            // With `try` inside `#expect` the macro captures no values: only the expression is known.
            if !lhs.captured && !rhs.captured { return "Expected \(left) to be \(words) \(right), but it was not." }
            if op == "==" {
                switch (lhs.captured, rhs.captured) {
                case (true, false): return "Expected \(lhs.source) to be \(rhs.value), but it was \(lhs.value)."
                case (false, true): return "Expected \(rhs.source) to be \(lhs.value), but it was \(rhs.value)."
                // `#expect(parse(case.text) == case.expected)`: a plain name on the right holds the expected value.
                case (true, true) where isPlainName(rhs.source) && !isPlainName(lhs.source):
                    return "Expected \(lhs.source) to be \(rhs.value), but it was \(lhs.value)."
                default: return "Expected \(lhs.source) to equal \(rhs.source), but \(lhs.source) was \(lhs.value) and \(rhs.source) was \(rhs.value)."
                }
            }
            let other = rhs.captured ? "\(rhs.source) (\(rhs.value))" : rhs.value
            return "Expected \(lhs.source) to be \(words) \(other), but it was \(lhs.value)."
        }
        if body.hasPrefix("!("), body.hasSuffix(")") {
            let inner = side("(" + body.dropFirst(2).dropLast() + ")")
            return "Expected \(inner.source) to be false, but it was true."
        }
        let whole = side("(" + body + ")")
        guard whole.captured else { return "Expectation failed: \(body)" }
        switch whole.value {
        case "nil": return "Expected \(whole.source) to have a value, but it was nil."
        case "false": return "Expected \(whole.source) to be true, but it was false."
        default: return "Expectation failed: \(whole.source) was \(whole.value)."
        }
    }

    /// `expected`, `c.expected`: a name or a property path, no call.
    static func isPlainName(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
    }

    /// `(source → value)` → its parts, without the captures nested in the source; anything else is a literal.
    static func side(_ text: String) -> (source: String, value: String, captured: Bool) {
        guard text.hasPrefix("("), text.hasSuffix(")"), closing(of: text) == text.count - 1 else { return (text, text, false) }
        let inner = String(text.dropFirst().dropLast())
        let arrows = topLevel(inner, " → ")
        guard let first = arrows.first, let last = arrows.last else { return (text, text, false) }
        let chars = Array(inner)
        return (clean(String(chars[..<first])), String(chars[(last + 3)...]), true)
    }

    /// `(s → [1]).isEmpty` → `s.isEmpty`: every nested capture replaced by its source.
    static func clean(_ text: String) -> String {
        let chars = Array(text)
        var result = ""
        var index = 0
        while index < chars.count {
            if chars[index] == "(", let end = closing(of: String(chars[index...])) {
                let group = String(chars[index...(index + end)])
                let parts = side(group)
                result += parts.captured ? parts.source : "(" + clean(String(group.dropFirst().dropLast())) + ")"
                index += end + 1
            } else {
                result.append(chars[index])
                index += 1
            }
        }
        return result
    }

    /// The offset of the parenthesis closing the one `text` starts with (quotes respected).
    static func closing(of text: String) -> Int? {
        var depth = 0
        var quoted = false
        var previous: Character = " "
        for (offset, char) in text.enumerated() {
            if char == "\"" && previous != "\\" { quoted.toggle() }
            previous = char
            if quoted { continue }
            if char == "(" || char == "[" { depth += 1 }
            if char == ")" || char == "]" {
                depth -= 1
                if depth == 0 { return char == ")" ? offset : nil }
            }
        }
        return nil
    }

    /// Offsets of `separator` outside brackets and quotes.
    static func topLevel(_ text: String, _ separator: String) -> [Int] {
        let chars = Array(text), sep = Array(separator)
        var found: [Int] = []
        var depth = 0
        var quoted = false
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if char == "\"" && (index == 0 || chars[index - 1] != "\\") { quoted.toggle() }
            if !quoted {
                if char == "(" || char == "[" { depth += 1 }
                if char == ")" || char == "]" { depth -= 1 }
                if depth == 0, index + sep.count <= chars.count, Array(chars[index..<(index + sep.count)]) == sep {
                    found.append(index)
                    index += sep.count
                    continue
                }
            }
            index += 1
        }
        return found
    }

    /// `left op right`, split at the first top-level `op`.
    static func split(_ text: String, at op: String) -> (String, String)? {
        guard let at = topLevel(text, op).first else { return nil }
        let chars = Array(text)
        return (String(chars[..<at]), String(chars[(at + op.count)...]))
    }
}
