/// A stretch of source code of one syntax category.
struct SyntaxToken: Equatable, Sendable {
    /// The source text of the token (it may contain newlines).
    var text: String
    /// The category of the token.
    var kind: SyntaxTokenKind
}
