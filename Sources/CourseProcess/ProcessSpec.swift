import CourseModel
/// A subprocess to run, as a value: tests can inspect the argument vector without running anything.
public struct ProcessSpec: Equatable {
    public var executable: String
    public var arguments: [String]
    /// Full environment for the child; nil inherits ours.
    public var environment: [String: String]?
    /// Variables set on top of `environment` (or of ours, when it is nil).
    public var extraEnvironment: [String: String] = [:]
    public var workingDirectory: String?
    /// Bytes written to the child's standard input, which is then closed.
    public var input: [UInt8]
    /// Wall-clock limit; the whole process group is killed when it passes.
    public var timeout: Double?
    /// Bytes of merged stdout+stderr kept; the rest is counted and dropped.
    public var keepOutputBytes: Int
    /// Output past which the process group is killed (a learner printing a gigabyte).
    public var killAfterOutputBytes: Int
    /// Read a second pipe that the child sees as file descriptor 3 (the harness's result channel).
    public var resultChannel: Bool
    /// Files opened read-only and given to the child as descriptors 4, 5, … in order (a sandbox's copied-in files).
    public var inheritedFiles: [String] = []

    public init(executable: String, arguments: [String], environment: [String: String]? = nil,
                workingDirectory: String? = nil, input: [UInt8] = [], timeout: Double? = nil,
                keepOutputBytes: Int = Limits.standard.processKeptOutputBytes, killAfterOutputBytes: Int = Limits.standard.processKillAfterOutputBytes, resultChannel: Bool = false,
                extraEnvironment: [String: String] = [:]) {
        self.extraEnvironment = extraEnvironment
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.input = input
        self.timeout = timeout
        self.keepOutputBytes = keepOutputBytes
        self.killAfterOutputBytes = killAfterOutputBytes
        self.resultChannel = resultChannel
    }
}

/// How a subprocess ended and what it printed.
public struct ProcessResult: Equatable, Sendable {
    public enum Termination: Equatable, Sendable {
        case exited(Int32)
        case signaled(Int32)
    }
    public var termination: Termination
    /// Merged stdout and stderr, at most `keepOutputBytes`.
    public var output: [UInt8]
    /// Total bytes the child printed, kept or not.
    public var outputBytes: Int
    /// What the child wrote to file descriptor 3, when asked for.
    public var channel: [UInt8]
    public var timedOut: Bool
    /// Killed for printing more than `killAfterOutputBytes`.
    public var outputLimitHit: Bool
    public var seconds: Double

    public var succeeded: Bool { termination == .exited(0) && !timedOut }
    public var outputText: String { String(decoding: output, as: UTF8.self) }
    public var outputTruncated: Bool { outputBytes > output.count }
}

extension ProcessResult {
    /// A step done in this process instead of a tool's (`DriverJobs`): it succeeded and printed nothing.
    public static let doneInProcess = ProcessResult(termination: .exited(0), output: [], outputBytes: 0, channel: [], timedOut: false,
                                                    outputLimitHit: false, seconds: 0)
}
