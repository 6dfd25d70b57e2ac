import CourseModel

/// One compiler message: `file:line:column: severity: message`.
public struct Diagnostic: Equatable, Codable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: String
    public var message: String

    /// Finds every `path:line:col: error|warning|note: message` line in compiler output.
    public static func parse(_ output: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for raw in output.split(separator: "\n") {
            let line = String(raw)
            for severity in ["error", "warning", "note"] {
                guard let marker = line.range(of: ": \(severity): ") else { continue }
                let location = line[..<marker.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
                guard location.count >= 3, let lineNumber = Int(location[location.count - 2]),
                      let column = Int(location[location.count - 1]) else { continue }
                let file = location.dropLast(2).joined(separator: ":")
                guard !file.isEmpty, !file.contains(" |") else { continue }
                result.append(Diagnostic(file: file, line: lineNumber, column: column, severity: severity,
                                         message: String(line[marker.upperBound...])))
                break
            }
        }
        return result
    }
}
