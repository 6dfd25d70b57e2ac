import CourseModel

/// Attributes that compile a learner's function body into the caller's object: the suite's, which is never
/// inspected. Through them a forbidden call, an extension that shadows the standard library, or a weak
/// definition of a C function (`@_alwaysEmitIntoClient @_silgen_name("write")`) would come back. The learner's
/// file is scanned for them before anything is linked; each is refused with its line.
enum ClientCodeAttributes {
    /// Each emits code into the client module (`@usableFromInline` alone does not: it only makes a
    /// declaration visible to such code, so it is refused only together with them, which this covers).
    static let refused = ["inlinable", "_alwaysEmitIntoClient", "_transparent", "backDeployed", "_backDeploy", "_inlineable"]

    /// Problems in the same words as `ObjectInspector`'s, one per attribute and line.
    static func problems(source: String) -> [String] {
        let tokens = SwiftTokenizer.tokens(source)
        var found: [(String, Int)] = []
        for (index, token) in tokens.enumerated() {
            let name: String
            if token.text.hasPrefix("@") && token.text.count > 1 {
                name = String(token.text.dropFirst())
            } else if token.text == "@", index + 1 < tokens.count, tokens[index + 1].line == token.line {
                name = tokens[index + 1].text
            } else {
                continue
            }
            if refused.contains(name) { found.append((name, token.line)) }
        }
        return found.map { name, line in
            "marks code `@\(name)` (line \(line)), which compiles it into the tests' own program, where the checker "
                + "cannot inspect it. Remove the attribute: exercises never need it."
        }
    }
}
