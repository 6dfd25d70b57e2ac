import CourseProcess
import Foundation

extension TestSupport {
    /// How a detached command ended: its exit status (128 + the signal when one killed it) and its merged
    /// stdout and stderr.
    public struct DetachedRun: Sendable {
        public var status: Int32
        public var output: String
        public var timedOut: Bool
    }

    /// Runs a command the way every test that starts a shell or a tool must: through `Subprocess`, so in a
    /// session of its own with no controlling terminal, standard input empty, and on timeout the whole process
    /// group killed with SIGKILL (a stopped process ignores SIGTERM). The same command then behaves the same
    /// whether `swift test` runs in a terminal, in tmux or in CI: an interactive shell cannot stop itself on
    /// terminal I/O, and nothing is left behind.
    public static func runDetached(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                                   in folder: URL? = nil, timeout: Double = 120) throws -> DetachedRun {
        let spec = ProcessSpec(executable: executable, arguments: arguments, environment: environment,
                               workingDirectory: folder?.path, timeout: timeout)
        let result = try Subprocess.run(spec)
        let status: Int32
        switch result.termination {
        case .exited(let code): status = code
        case .signaled(let signal): status = 128 + signal
        }
        return DetachedRun(status: status, output: result.outputText, timedOut: result.timedOut)
    }
}
