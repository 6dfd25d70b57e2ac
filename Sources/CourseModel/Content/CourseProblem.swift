/// A defect in a course's files, found while loading or validating, with where it is and how to fix it.
public struct CourseProblem: Equatable, Sendable, CustomStringConvertible {
    /// Path relative to the course root.
    public var file: String
    /// 1-based line, when one line is at fault.
    public var line: Int?
    /// 1-based column within `line`, when one place is at fault (a JSON syntax error).
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        if let line, let column { return "\(file):\(line):\(column): \(message)" }
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
