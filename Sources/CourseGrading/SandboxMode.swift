/// Whether test programs run inside the sandbox: `--sandbox auto|require|off` or `COURSE_SANDBOX`, resolved once by
/// the command line (`Invocation.sandboxMode`) and carried in the `Grader`.
public enum SandboxMode: String, CaseIterable, Sendable {
    /// Use the sandbox where it works; otherwise fall back to process-level protections and say so once.
    case auto
    /// Refuse to run tests without the sandbox (for grading other people's code).
    case require
    /// Never use it.
    case off

    /// The environment variable that sets the mode when no option does.
    public static let variable = "COURSE_SANDBOX"

    /// `COURSE_SANDBOX`, or `fallback` when it is unset or empty; nil for a value that is no mode (the caller reports it).
    public static func from(environment: [String: String], default fallback: SandboxMode = .auto) -> SandboxMode? {
        guard let value = environment[variable], !value.isEmpty else { return fallback }
        return SandboxMode(rawValue: value.lowercased())
    }
}
