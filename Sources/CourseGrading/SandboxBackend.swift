import CourseModel
import CourseProcess

/// A way to run one test program cut off from the machine. `Bubblewrap` is the one this tool has; another
/// (macOS `sandbox-exec`, a container) is one more conformance: the grader, the probe's memory and the commands
/// speak only this protocol.
public protocol SandboxBackend: Hashable, Codable, Sendable {
    /// Its name in a message, e.g. `bubblewrap`.
    static var name: String { get }
    /// What to install, said once when `auto` falls back.
    static var installAdvice: String { get }
    /// The settings a probe depends on (the variables it reads), part of the key its result is remembered under.
    static func probeSettings(environment: [String: String]) -> String
    /// Finds the backend and proves that it isolates; otherwise why not, in plain words.
    static func probe(environment: [String: String], toolchain: Toolchain) -> Result<Self, SandboxUnavailable>

    /// What the report cache keys on, so a report made under one sandbox is never replayed under another.
    var identity: String { get }
    /// Whether what it relies on (besides its identity) is still there, for a probe remembered from before.
    var isPresent: Bool { get }
    /// `spec` run inside the sandbox with `mounts`, in `workingDirectory` (an inside path).
    func wrap(_ spec: ProcessSpec, mounts: [Sandbox.Mount], workingDirectory: String) -> ProcessSpec
    /// The test program's own termination, from what the backend reported.
    func termination(_ reported: ProcessResult.Termination) -> ProcessResult.Termination
    /// Whether a run's output says the backend could not start the program (the program never ran).
    func failedToStart(_ output: String) -> Bool
    /// Whether that failure is a passing one (no resources for a moment), worth another try.
    func failedToStartForNow(_ output: String) -> Bool
}

/// Why the sandbox cannot be used here, in plain words.
public struct SandboxUnavailable: Error, Equatable, Sendable {
    public var text: String
    public init(_ text: String) { self.text = text }
}
