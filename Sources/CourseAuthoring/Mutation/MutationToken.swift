import CourseModel
/// One token of a source file, with where it is: what mutation operators look at and edit.
///
/// Offsets count Unicode scalars, like `SwiftTokenizer`, so an edit can be spliced back exactly.
struct MutationToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// A name or a keyword (`if`, `return`, `self`, `true`); backticks are kept in `text`.
        case word
        /// A number literal as written (`1_000`, `0x1F`, `2.5`).
        case number
        /// A whole string literal, interpolations included; never mutated inside.
        case string
        /// A run of operator characters (`<=`, `+=`, `..<`, `?`, `->`).
        case symbol
        /// Brackets, `,`, `:`, `;`, `.`, `@`, `#if`…
        case punctuation
    }

    var kind: Kind
    var text: String
    /// Scalar offsets of the token in the source: `start..<end`.
    var start: Int
    var end: Int
    /// 1-based line and column (in scalars) of the first character.
    var line: Int
    var column: Int
    /// Whether whitespace (or the start of a line) comes right before / after the token.
    var spaceBefore: Bool
    var spaceAfter: Bool

    var isWord: Bool { kind == .word }
    func `is`(_ text: String) -> Bool { self.text == text }
}
