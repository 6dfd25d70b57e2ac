import CourseModel
import CourseModel
import CourseProcess
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Whether test programs run inside a bubblewrap sandbox: `--sandbox auto|require|off` or `COURSE_SANDBOX`.
public enum SandboxMode: String, CaseIterable, Sendable {
    /// Use the sandbox where it works; otherwise fall back to process-level protections and say so once.
    case auto
    /// Refuse to run tests without the sandbox (for grading other people's code).
    case require
    /// Never use it.
    case off

    /// The environment variable that sets the mode when no option does.
    public static let variable = "COURSE_SANDBOX"

    /// `COURSE_SANDBOX`, or `auto`. An unknown value is reported by the caller that parsed it.
    public static func from(environment: [String: String]) -> SandboxMode? {
        guard let value = environment[variable], !value.isEmpty else { return .auto }
        return SandboxMode(rawValue: value.lowercased())
    }
}

/// A bubblewrap sandbox for one test program: new PID, network, IPC, UTS and user namespaces, the
/// system and the toolchain read-only, one private writable folder, and nothing of the course, its
/// caches or the user's home.
public struct Sandbox: Equatable, Sendable {
    /// The `bwrap` executable.
    public var bwrap: String
    /// The folders holding the Swift runtime libraries the test program loads, mounted read-only
    /// when outside `/usr` (`swiftc -print-target-info` names them).
    public var runtimeLibraries: [String]

    /// Where things appear inside the sandbox.
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
        public init(outside: String, inside: String, writable: Bool = false) {
            self.outside = outside
            self.inside = inside
            self.writable = writable
        }
    }

    /// The options every sandbox gets, before the per-run mounts.
    func baseArguments() -> [String] {
        var arguments = ["--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent", "--new-session",
                         "--cap-drop", "ALL"]
        if geteuid() == 0 { arguments += ["--uid", "65534", "--gid", "65534"] }
        arguments += ["--ro-bind", "/usr", "/usr"]
        let fm = FileManager.default
        for top in ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"] {
            if let target = try? fm.destinationOfSymbolicLink(atPath: top) {
                arguments += ["--symlink", target, top]
            } else if fm.fileExists(atPath: top) {
                arguments += ["--ro-bind", top, top]
            }
        }
        arguments += ["--ro-bind", "/etc", "/etc"]
        for folder in runtimeLibraries where !folder.hasPrefix("/usr/") {
            arguments += ["--ro-bind", folder, folder]
        }
        arguments += ["--proc", "/proc", "--dev", "/dev", "--size", String(Sandbox.temporaryBytes), "--tmpfs", "/tmp"]
        return arguments
    }

    /// `spec` run inside the sandbox with `mounts`, in `workingDirectory` (an inside path).
    /// The working folder is in memory and bounded too, so a test cannot fill the disk.
    public func wrap(_ spec: ProcessSpec, mounts: [Mount], workingDirectory: String) -> ProcessSpec {
        var arguments = baseArguments()
        if workingDirectory != "/" {
            arguments += ["--size", String(Sandbox.temporaryBytes), "--tmpfs", workingDirectory]
        }
        for mount in mounts {
            arguments += [mount.writable ? "--bind" : "--ro-bind", mount.outside, mount.inside]
        }
        arguments += ["--chdir", workingDirectory, "--", spec.executable] + spec.arguments
        var wrapped = spec
        wrapped.executable = bwrap
        wrapped.arguments = arguments
        wrapped.workingDirectory = nil
        return wrapped
    }

    /// bwrap reports a child killed by signal N as exit status 128 + N.
    public static func termination(_ reported: ProcessResult.Termination) -> ProcessResult.Termination {
        if case .exited(let code) = reported, code > 128, code < 128 + 65 { return .signaled(code - 128) }
        return reported
    }

    /// The runtime library folders `swiftc` links test programs against: `usr/lib/swift/linux` beside
    /// the compiler in a standard toolchain, else what `-print-target-info` says (a wrapper script).
    public static func runtimeLibraries(swiftc: String) -> [String] {
        let resolved = URL(fileURLWithPath: swiftc).resolvingSymlinksInPath()
        let beside = resolved.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lib/swift/linux")
        if resolved.lastPathComponent.hasPrefix("swift"),
           FileManager.default.fileExists(atPath: beside.appendingPathComponent("libswiftCore.so").path) {
            return [beside.path]
        }
        guard let result = try? Subprocess.run(ProcessSpec(executable: swiftc, arguments: ["-print-target-info"], timeout: Limits.standard.objectToolTimeout)),
              result.succeeded,
              let info = try? JSONDecoder().decode(TargetInfo.self, from: Data(result.output)) else { return [] }
        return info.paths.runtimeLibraryPaths.filter { FileManager.default.fileExists(atPath: $0) }
    }

    private struct TargetInfo: Decodable {
        struct Paths: Decodable { var runtimeLibraryPaths: [String] }
        var paths: Paths
    }
}

/// What grading runs tests in, decided once per process for a mode and toolchain.
public enum SandboxDecision: Equatable, Sendable {
    case sandboxed(Sandbox)
    /// Running without the sandbox: off by choice, or `auto` where it does not work (with the reason).
    case unsandboxed(reason: String?)
    /// `require` where the sandbox does not work.
    case unavailable(reason: String)

    public var sandbox: Sandbox? {
        if case .sandboxed(let sandbox) = self { return sandbox }
        return nil
    }

    /// What to install, said once when `auto` falls back.
    public static let installAdvice = "Install bubblewrap for full isolation (Debian/Ubuntu: 'apt-get install bubblewrap'; "
        + "Fedora: 'dnf install bubblewrap'; Arch: 'pacman -S bubblewrap')."

    /// The guarantees that do not hold without the sandbox, in plain words.
    public static let weakerGuarantees = "Without it, test code runs as you, with your files, your network and your other "
        + "processes in reach; a determined submission could tamper with the verdict or the caches."

    private static let memo = Mutex<[String: SandboxDecision]>([:])

    /// Decides, probing `bwrap` once per process (a run of `/bin/true` inside the sandbox, about 10 ms).
    /// A probe that worked is remembered on disk in `cacheFolder` for this boot of the machine, so each
    /// `course check` (a new process) does not pay for it again; a failed probe is always repeated.
    public static func decide(mode: SandboxMode, environment: [String: String], toolchain: Toolchain,
                              cacheFolder: URL? = nil) -> SandboxDecision {
        if mode == .off { return .unsandboxed(reason: nil) }
        let key = "\(mode.rawValue)|\(environment["PATH"] ?? "")|\(environment["COURSE_BWRAP"] ?? "")|\(toolchain.swiftc)"
        if let known = memo.withLock({ $0[key] }) { return known }
        let decision: SandboxDecision
        let remembered = cacheFolder.flatMap { ProbeMemory(folder: $0, key: key) }
        if let sandbox = remembered?.recall() {
            decision = .sandboxed(sandbox)
            memo.withLock { $0[key] = decision }
            return decision
        }
        switch probe(environment: environment, toolchain: toolchain) {
        case .success(let sandbox):
            decision = .sandboxed(sandbox)
            remembered?.remember(sandbox)
        case .failure(let reason):
            decision = mode == .require ? .unavailable(reason: reason.text) : .unsandboxed(reason: reason.text)
        }
        memo.withLock { $0[key] = decision }
        return decision
    }

    /// Forgets every remembered probe in `folder` and in this process, so the next check probes again.
    public static func forget(in folder: URL) {
        memo.withLock { $0.removeAll() }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix("sandbox-probe-") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    struct Reason: Error { var text: String }

    static func probe(environment: [String: String], toolchain: Toolchain) -> Result<Sandbox, Reason> {
        // COURSE_BWRAP names bwrap where it is not on PATH; /usr/bin and /bin are searched too.
        let found = environment["COURSE_BWRAP"].map { Subprocess.which($0, path: nil) }
            ?? Subprocess.which("bwrap", path: (environment["PATH"].map { $0 + ":" } ?? "") + "/usr/bin:/bin")
        guard let bwrap = found else {
            return .failure(Reason(text: "bubblewrap (bwrap) is not installed."))
        }
        let sandbox = Sandbox(bwrap: bwrap, runtimeLibraries: Sandbox.runtimeLibraries(swiftc: toolchain.swiftc))
        let spec = sandbox.wrap(ProcessSpec(executable: "/bin/true", arguments: [], environment: ["PATH": Sandbox.path], timeout: Limits.standard.objectToolTimeout),
                                mounts: [], workingDirectory: "/")
        var outcome = try? Subprocess.run(spec)
        for _ in 0..<2 where outcome?.succeeded != true && outcome?.outputText.contains("temporarily unavailable") == true {
            usleep(200_000)  // a namespace could not be made under a burst of load: try again
            outcome = try? Subprocess.run(spec)
        }
        guard let result = outcome else {
            return .failure(Reason(text: "bwrap at \(bwrap) could not be started."))
        }
        guard result.succeeded else {
            let said = result.outputText.split(separator: "\n").first.map { ": \($0)" } ?? ""
            return .failure(Reason(text: "bwrap cannot create a sandbox here (user namespaces may be disabled)\(said)."))
        }
        return .success(sandbox)
    }
}

/// A sandbox probe that worked, remembered in a file for the current boot (`/proc/sys/kernel/random/boot_id`),
/// the same `bwrap` binary and the same settings.
struct ProbeMemory {
    var file: URL
    var stamp: String

    init?(folder: URL, key: String) {
        guard let boot = try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8) else { return nil }
        var hasher = SHA256()
        hasher.update(field: "sandbox probe 1")
        hasher.update(field: key)
        hasher.update(field: boot)
        hasher.update(field: String(getuid()))
        file = folder.appendingPathComponent("sandbox-probe-\(hasher.hexDigest().prefix(16)).state")
        stamp = hasher.hexDigest()
    }

    private struct Stored: Codable {
        var stamp: String
        var bwrap: String
        var bwrapIdentity: String
        var runtimeLibraries: [String]
    }

    func recall() -> Sandbox? {
        guard let data = RegularFile.contents(file.path, limit: 64 << 10),
              let stored = try? JSONDecoder().decode(Stored.self, from: data), stored.stamp == stamp,
              FileIdentity.of(stored.bwrap) == stored.bwrapIdentity,
              stored.runtimeLibraries.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) else { return nil }
        return Sandbox(bwrap: stored.bwrap, runtimeLibraries: stored.runtimeLibraries)
    }

    func remember(_ sandbox: Sandbox) {
        let stored = Stored(stamp: stamp, bwrap: sandbox.bwrap, bwrapIdentity: FileIdentity.of(sandbox.bwrap),
                            runtimeLibraries: sandbox.runtimeLibraries)
        guard let data = try? JSONEncoder().encode(stored) else { return }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? AtomicFile.write(data, to: file)
    }
}
