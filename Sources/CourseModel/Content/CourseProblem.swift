/// A defect in a course's files, found while loading or validating, with where it is and how to fix it.
public struct CourseProblem: Equatable, Sendable, CustomStringConvertible {
    /// Path relative to the course root.
    public var file: String
    /// 1-based line, when one line is at fault.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
