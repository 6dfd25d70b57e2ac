import CourseMarkdown
import CourseTestSupport
/// A code block in some language and the styled fragments its colour rendering must contain.
struct HighlightCase: Sendable {
    /// The fence info string.
    let language: String
    /// The code inside the fence.
    let code: String
    /// Substrings (with escape codes) the colour output must contain.
    let expected: [String]
}
