import CourseModel

/// Turns compiler errors in the hidden suite into advice about the learner's API, without its source.
public enum ApiMismatch {
    /// One plain sentence per distinct problem, naming the declaration at fault where the compiler does.
    /// `sources` maps a suite file name as the compiler reports it (`hidden/StackTests.swift`) to its
    /// text, used only to name the function a call error is about; the source itself is never shown.
    public static func explain(_ diagnostics: [Diagnostic], sources: [String: String] = [:]) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        // A name the suite cannot find leaves the rest of its line untyped: what the compiler then says about
        // that line (`type 'Equatable' has no member 'zero'`) is noise about the suite, not advice.
        let missingLines = Set(diagnostics.filter { $0.severity == "error" && $0.message.hasPrefix("cannot find") }.map { "\($0.file):\($0.line)" })
        for diagnostic in diagnostics where diagnostic.severity == "error" {
            if missingLines.contains("\(diagnostic.file):\(diagnostic.line)") && isFollowOn(diagnostic.message) { continue }
            var text = sentence(for: diagnostic.message)
            if diagnostic.message.contains("argument label") || diagnostic.message.contains("in call")
                || diagnostic.message.contains("argument type") || diagnostic.message.contains("extra argument"),
               let source = sources[diagnostic.file],
               let name = callee(in: source, line: diagnostic.line, column: diagnostic.column) {
                text = "The tests call `\(name)(…)` in a way your declaration does not accept: \(diagnostic.message). Check its argument labels and types against the exercise."
            }
            if seen.insert(text).inserted { result.append(text) }
        }
        return result
    }

    /// Errors that only follow from an expression whose type could not be found.
    static func isFollowOn(_ message: String) -> Bool {
        (message.hasPrefix("type '") && message.contains("has no member")) || message.contains("could not be inferred")
            || message.hasPrefix("cannot infer")
    }

    static func sentence(for message: String) -> String {
        if let name = quoted(in: message, after: "cannot find '") ?? quoted(in: message, after: "cannot find type '") {
            return "The tests use `\(name)`, but your file does not declare it (or declares it private). Check its spelling against the exercise."
        }
        if message.contains("no such decl in module") || message.contains("does not contain") {
            return "Your file is missing a declaration the tests need: \(message)."
        }
        if message.hasPrefix("value of type"), message.contains("has no member") {
            return "The tests need a member your type does not have: \(message)."
        }
        return "The tests cannot use your code as written: \(message). Check the names, argument labels and types the exercise asks for."
    }

    /// The name of the function whose argument list contains the given position. The compiler points a
    /// wrong label at the call's own `(` (`percentile(0.5, of: v)` inside `XCTAssertEqual(…)`): that call is the one.
    public static func callee(in source: String, line: Int, column: Int) -> String? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let text = Array(lines[line - 1])
        let position = min(max(column - 1, 0), text.count)
        var index = position < text.count && text[position] == "(" ? position : position - 1
        var depth = 0
        while index >= 0 {
            let c = text[index]
            if c == ")" { depth += 1 }
            if c == "(" {
                if depth == 0 { break }
                depth -= 1
            }
            index -= 1
        }
        guard index > 0 else { return nil }
        var end = index
        while end > 0, text[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, text[start - 1].isLetter || text[start - 1].isNumber || text[start - 1] == "_" { start -= 1 }
        guard start < end else { return nil }
        return String(text[start..<end])
    }

    static func quoted(in message: String, after prefix: String) -> String? {
        guard let start = message.range(of: prefix) else { return nil }
        let rest = message[start.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }
}
