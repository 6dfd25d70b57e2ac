/// A unit the wrapper places on lines: a word (possibly mixing styles) or a forced line break.
enum WrapToken: Equatable, Sendable {
    /// A word with its runs, its column width and the style of the whitespace that preceded it.
    case word(runs: [StyledRun], width: Int, spaceStyle: TextStyle)
    /// A hard line break.
    case lineBreak
}
