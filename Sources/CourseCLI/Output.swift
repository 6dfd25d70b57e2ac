import CourseModel
import CourseTerminal

/// Where a command's text goes, with the style chosen for this run. Every line ends with a newline.
public struct Output: Sendable {
    public var stdout: TextSink
    public var stderr: TextSink
    public var style: Style
    /// The terminal's width: every line is wrapped to it at word boundaries (`LineWrapper`); nil when
    /// output goes to a pipe or a file, where lines stay whole.
    public var width: Int?

    public init(stdout: TextSink, stderr: TextSink, style: Style, width: Int? = nil) {
        self.stdout = stdout
        self.stderr = stderr
        self.style = style
        self.width = width
    }

    func fitted(_ text: String) -> String { width.map { LineWrapper.wrap(text, width: $0) } ?? text }

    /// Text for stdout, with a final newline added when missing.
    public func out(_ text: String) { stdout.write(fitted(text.hasSuffix("\n") ? text : text + "\n")) }
    /// Text for stderr, with a final newline added when missing.
    public func err(_ text: String) { stderr.write(fitted(text.hasSuffix("\n") ? text : text + "\n")) }
    /// Text for stdout without a newline added (still wrapped to the terminal).
    public func raw(_ text: String) { stdout.write(fitted(text)) }
}
