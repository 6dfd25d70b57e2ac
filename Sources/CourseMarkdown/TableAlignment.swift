/// The horizontal alignment of a table column, taken from its delimiter row.
enum TableAlignment: Equatable, Sendable {
    /// Text starts at the left edge (`---` or `:--`).
    case left
    /// Text is centred (`:-:`).
    case center
    /// Text ends at the right edge (`--:`).
    case right
}
