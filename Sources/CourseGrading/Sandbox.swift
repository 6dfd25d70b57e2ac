import CourseModel

/// Where things appear inside the sandbox, whatever backend makes it, and what it mounts.
public enum Sandbox {
    public static let root = "/sandbox"
    public static let runner = "/sandbox/runner"
    public static let support = "/sandbox/support"
    public static let sharedLibrary = "/sandbox/libexercise.so"
    /// The runtime's backtracer, mounted for the rerun of a crashed test.
    public static let backtracer = "/sandbox/swift-backtrace"
    public static let workingDirectory = "/sandbox/run"
    /// `PATH` inside: system folders only.
    public static let path = "/usr/local/bin:/usr/bin:/bin"
    /// Size of each in-memory folder inside (`/tmp`, the working folder).
    public static let temporaryBytes = Limits.standard.sandboxFolderBytes

    /// A read-only file or folder shown inside at another path.
    public struct Mount: Equatable, Sendable {
        public var outside: String
        public var inside: String
        public var writable = false
        /// A file copied in with these permissions rather than mounted: its host path appears nowhere inside
        /// (not in /proc/1/cmdline, not in mountinfo), and 0o111 makes it execute-only for the code under test.
        public var copiedWithMode: Int?
        public init(outside: String, inside: String, writable: Bool = false, copiedWithMode: Int? = nil) {
            self.outside = outside
            self.inside = inside
            self.writable = writable
            self.copiedWithMode = copiedWithMode
        }
    }
}
