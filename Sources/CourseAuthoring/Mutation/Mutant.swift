import CourseModel
/// One planted mistake: the reference solution with a single small edit.
public struct Mutant: Equatable, Codable, Sendable {
    /// Stable across runs of the same source: `operator@line:column#hash`, the hash over the
    /// replaced length and the replacement, e.g. `relational@12:17#3fa9c2e1`.
    public var id: String
    public var mutationOperator: MutationOperator
    /// 1-based line and column (in Unicode scalars) where the edit starts.
    public var line: Int
    public var column: Int
    /// The line before and after the edit, for a one-line diff.
    public var originalLine: String
    public var mutatedLine: String
    /// The whole mutated file.
    public var source: String

    public init(id: String, mutationOperator: MutationOperator, line: Int, column: Int,
                originalLine: String, mutatedLine: String, source: String) {
        self.id = id
        self.mutationOperator = mutationOperator
        self.line = line
        self.column = column
        self.originalLine = originalLine
        self.mutatedLine = mutatedLine
        self.source = source
    }

    /// `- original` / `+ mutated`, each trimmed of indentation.
    public var diff: String {
        "- \(originalLine.trimmingCharacters(in: .whitespaces))\n+ \(mutatedLine.trimmingCharacters(in: .whitespaces))"
    }
}
