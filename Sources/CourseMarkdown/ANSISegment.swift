/// A piece of a string that is either visible text or one complete ANSI escape sequence.
struct ANSISegment: Equatable, Sendable {
    /// The characters of the piece.
    let text: String
    /// Whether the piece is an escape sequence rather than visible text.
    let isEscape: Bool
}
