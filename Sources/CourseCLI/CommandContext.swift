import CourseModel
import Foundation
import Synchronization

/// Where a command's text goes. The executable passes the real streams; tests pass a capturing sink.
public protocol TextSink: AnyObject, Sendable {
    func write(_ text: String)
}

/// A sink that keeps everything written to it, for tests. Safe to write from several threads.
public final class CapturedText: TextSink {
    private let captured = Mutex("")
    public init() {}
    public var text: String { captured.withLock { $0 } }
    public func write(_ text: String) { captured.withLock { $0 += text } }
}

/// Everything a command may touch of the outside world.
public struct CommandContext {
    public var stdout: TextSink
    public var stderr: TextSink
    public var environment: [String: String]
    public var workingDirectory: String
    public var stdoutIsTerminal: Bool
    /// Whether standard error is a terminal: errors then show commands in colour without quotes, like the screens.
    public var stderrIsTerminal = false
    public var terminalWidth: Int
    /// Rows of the terminal, for screens that must fit on one (the interactive list).
    public var terminalHeight: Int = 24
    /// Reads a key press for `course watch`; nil when there is no interactive input.
    public var readKey: ((Double) -> Character?)?
    public var now: () -> Date
    /// Shows long text through a pager; returns false if no pager could run (then the text is printed).
    public var page: ((String) -> Bool)?
    /// Starts `course` with these arguments as a detached background process (a prewarm); nil where there
    /// is no `course` executable to start, as in the tool's own in-process tests.
    public var startBackground: (([String]) -> Void)?
    /// The running `course` binary's absolute path, for commands the learner can type before installing it.
    public var executablePath: String?

    public init(stdout: TextSink, stderr: TextSink, environment: [String: String], workingDirectory: String,
                stdoutIsTerminal: Bool = false, terminalWidth: Int = 80, readKey: ((Double) -> Character?)? = nil,
                now: @escaping () -> Date = Date.init) {
        self.stdout = stdout
        self.stderr = stderr
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.stdoutIsTerminal = stdoutIsTerminal
        self.terminalWidth = terminalWidth
        self.readKey = readKey
        self.now = now
        self.page = nil
        self.startBackground = nil
        self.executablePath = nil
    }
}
