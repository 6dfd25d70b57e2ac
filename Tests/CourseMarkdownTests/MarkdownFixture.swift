import CourseMarkdown
import CourseTestSupport
/// One Markdown input with its exact expected plain rendering and the escape codes its colour rendering must contain.
struct MarkdownFixture: Sendable {
    /// A short description used in failure messages.
    let name: String
    /// The Markdown source.
    let markdown: String
    /// The exact expected output with `TerminalTheme.plain` at `Fixtures.width` columns.
    let plain: String
    /// Substrings (including escape codes) that the `TerminalTheme.color` output must contain;
    /// empty means the colour output must contain no escape at all.
    let colorCodes: [String]
}
