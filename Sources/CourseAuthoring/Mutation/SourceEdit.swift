import CourseModel
/// One proposed change to a source: replace the scalars `start..<end` with `replacement`.
///
/// Operators only propose edits that stay on one line, so every mutant has a one-line diff.
struct SourceEdit: Equatable, Sendable {
    var mutationOperator: MutationOperator
    var start: Int
    var end: Int
    var replacement: String

    init(_ mutationOperator: MutationOperator, _ start: Int, _ end: Int, _ replacement: String) {
        self.mutationOperator = mutationOperator
        self.start = start
        self.end = end
        self.replacement = replacement
    }

    /// An edit that replaces exactly one token.
    init(_ mutationOperator: MutationOperator, replacing token: MutationToken, with replacement: String) {
        self.init(mutationOperator, token.start, token.end, replacement)
    }
}
