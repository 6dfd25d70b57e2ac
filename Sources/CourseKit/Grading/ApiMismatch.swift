/// Turns compiler errors in the hidden suite into advice about the learner's API, without its source.
public enum ApiMismatch {
    /// One plain sentence per distinct problem, naming the declaration at fault where the compiler does.
    public static func explain(_ diagnostics: [Diagnostic]) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for diagnostic in diagnostics where diagnostic.severity == "error" {
            let text = sentence(for: diagnostic.message)
            if seen.insert(text).inserted { result.append(text) }
        }
        return result
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

    static func quoted(in message: String, after prefix: String) -> String? {
        guard let start = message.range(of: prefix) else { return nil }
        let rest = message[start.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }
}
