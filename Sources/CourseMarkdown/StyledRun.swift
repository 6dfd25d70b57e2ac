/// A piece of text that carries one terminal style.
struct StyledRun: Equatable, Sendable {
    /// The text of the run; it never contains escape characters.
    var text: String
    /// The style applied to the whole run.
    var style: TextStyle

    /// Creates a run of `text` in `style`.
    init(_ text: String, _ style: TextStyle = .plain) {
        self.text = text
        self.style = style
    }
}
