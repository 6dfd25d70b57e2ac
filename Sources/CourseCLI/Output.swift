import CourseModel
import CourseTerminal

/// Where a command's text goes, with the style chosen for this run. Every line ends with a newline.
public struct Output: Sendable {
    public var stdout: TextSink
    public var stderr: TextSink
    public var style: Style

    public init(stdout: TextSink, stderr: TextSink, style: Style) {
        self.stdout = stdout
        self.stderr = stderr
        self.style = style
    }

    /// Text for stdout, with a final newline added when missing.
    public func out(_ text: String) { stdout.write(text.hasSuffix("\n") ? text : text + "\n") }
    /// Text for stderr, with a final newline added when missing.
    public func err(_ text: String) { stderr.write(text.hasSuffix("\n") ? text : text + "\n") }
    /// Text for stdout exactly as given.
    public func raw(_ text: String) { stdout.write(text) }
}
