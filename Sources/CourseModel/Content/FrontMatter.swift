import Foundation

/// The `---`-delimited `key: value` block at the top of a lesson file.
public struct FrontMatter: Equatable {
    public var fields: [String: String]
    /// 1-based line of each key, for problem reports.
    public var lines: [String: Int]
    /// The text after the closing `---`.
    public var body: String
    /// Line number (1-based) where the body starts.
    public var bodyStartLine: Int

    /// The keys a lesson's front matter may have.
    public static let knownKeys = ["title", "module", "exercises"]

    /// Splits a lesson into front matter and body. Text without front matter is all body.
    public static func parse(_ raw: String) -> (FrontMatter, [(line: Int, message: String)]) {
        // "\r\n" is one Character in Swift, so Windows line endings are normalised before splitting.
        let text = raw.replacingOccurrences(of: "\r\n", with: "\n")
        var issues: [(Int, String)] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        var first = 0
        guard lines.count > first, lines[first].trimmingCharacters(in: .whitespaces).replacingBOM() == "---" else {
            return (FrontMatter(fields: [:], lines: [:], body: text, bodyStartLine: 1), [])
        }
        first += 1
        var fields: [String: String] = [:]
        var keyLines: [String: Int] = [:]
        var index = first
        var closed = false
        while index < lines.count {
            let line = lines[index]
            if line.trimmingCharacters(in: .whitespaces) == "---" { closed = true; break }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") {
                if let colon = line.firstIndex(of: ":") {
                    let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                    let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    if key.isEmpty {
                        issues.append((index + 1, "a front-matter line needs a key before ':'"))
                    } else {
                        if fields[key] != nil { issues.append((index + 1, "'\(key)' is given twice")) }
                        fields[key] = value.unquoted
                        keyLines[key] = index + 1
                    }
                } else {
                    issues.append((index + 1, "front-matter lines look like 'key: value'; this one has no ':'"))
                }
            }
            index += 1
        }
        guard closed else {
            issues.append((1, "the front matter opened with '---' is never closed: add a '---' line after it"))
            return (FrontMatter(fields: fields, lines: keyLines, body: "", bodyStartLine: lines.count + 1), issues)
        }
        let body = lines[(index + 1)...].joined(separator: "\n")
        return (FrontMatter(fields: fields, lines: keyLines, body: body, bodyStartLine: index + 2), issues)
    }
}

private extension String {
    func replacingBOM() -> String { hasPrefix("\u{FEFF}") ? String(dropFirst()) : self }
}

private extension String {
    var unquoted: String {
        if count >= 2, (hasPrefix("\"") && hasSuffix("\"")) || (hasPrefix("'") && hasSuffix("'")) {
            return String(dropFirst().dropLast())
        }
        return self
    }
}
