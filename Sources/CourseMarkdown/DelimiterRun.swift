/// A run of `*` or `_` characters that may open or close emphasis.
struct DelimiterRun: Equatable, Sendable {
    /// The delimiter character, `*` or `_`.
    let character: Character
    /// How many delimiter characters are still unused.
    var count: Int
    /// How many characters the run had in the source (used by the "rule of 3").
    let originalCount: Int
    /// Whether the run may open emphasis.
    let canOpen: Bool
    /// Whether the run may close emphasis.
    let canClose: Bool

    /// The unused delimiter characters as literal text.
    var literal: String { String(repeating: character, count: max(count, 0)) }
}
