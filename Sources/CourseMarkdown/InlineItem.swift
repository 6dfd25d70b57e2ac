/// One element of a paragraph's inline content together with the emphasis that covers it.
///
/// Emphasis is recorded as counters on a flat list rather than as a nested tree, so
/// arbitrarily deep `*`/`_` nesting cannot exhaust the stack.
struct InlineItem: Equatable, Sendable {
    /// The element itself.
    var kind: InlineKind
    /// How many `*x*` / `_x_` spans enclose the element.
    var emphasis = 0
    /// How many `**x**` / `__x__` spans enclose the element.
    var strong = 0

    /// Creates an item without emphasis.
    init(_ kind: InlineKind) {
        self.kind = kind
    }
}
