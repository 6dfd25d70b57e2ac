/// What an inline item is: text, code, a link, a break or a pending emphasis delimiter.
enum InlineKind: Equatable, Sendable {
    /// Literal text; soft line breaks have already become spaces.
    case text(String)
    /// An inline code span's content.
    case code(String)
    /// A link with its parsed label and destination.
    case link(label: [InlineItem], destination: String)
    /// An autolink (`<https://…>` or `<user@example.com>`).
    case autolink(String)
    /// A hard line break (backslash or two spaces before a newline).
    case hardBreak
    /// A run of `*` / `_` not yet resolved into emphasis.
    case delimiter(DelimiterRun)
}
