import CourseModel
import CourseProcess
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A bubblewrap sandbox for one test program: new PID, network, IPC, UTS and user namespaces, the
/// system and the toolchain read-only, one private writable folder, and nothing of the course, its
/// caches or the user's home.
public struct Bubblewrap: SandboxBackend {
    /// The `bwrap` executable.
    public var bwrap: String
    /// The folders holding the Swift runtime libraries the test program loads, mounted read-only
    /// when outside `/usr` (`swiftc -print-target-info` names them).
    public var runtimeLibraries: [String]

    public init(bwrap: String, runtimeLibraries: [String]) {
        self.bwrap = bwrap
        self.runtimeLibraries = runtimeLibraries
    }

    public static let name = "bubblewrap"

    public static let installAdvice = "Install bubblewrap for full isolation (Debian/Ubuntu: 'apt-get install bubblewrap'; "
        + "Fedora: 'dnf install bubblewrap'; Arch: 'pacman -S bubblewrap')."

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

    /// The working folder is in memory and bounded too, so a test cannot fill the disk.
    public func wrap(_ spec: ProcessSpec, mounts: [Sandbox.Mount], workingDirectory: String) -> ProcessSpec {
        var arguments = baseArguments()
        if workingDirectory != "/" {
            arguments += ["--size", String(Sandbox.temporaryBytes), "--tmpfs", workingDirectory]
        }
        var copied: [String] = []
        for mount in mounts {
            if let mode = mount.copiedWithMode {  // bwrap's `--perms … --file`
                arguments += ["--perms", String(mode, radix: 8), "--file", String(4 + copied.count), mount.inside]
                copied.append(mount.outside)
            } else {
                arguments += [mount.writable ? "--bind" : "--ro-bind", mount.outside, mount.inside]
            }
        }
        arguments += ["--chdir", workingDirectory, "--", spec.executable] + spec.arguments
        var wrapped = spec
        wrapped.inheritedFiles = copied
        wrapped.executable = bwrap
        wrapped.arguments = arguments
        wrapped.workingDirectory = nil
        return wrapped
    }

    /// The user tests run as inside: nobody when `course` runs as root, else the same user (a user namespace).
    static var expectedUID: UInt32 { geteuid() == 0 ? 65534 : getuid() }

    /// The bwrap binary: its path, size and modification time.
    public var identity: String { "\(bwrap) \(FileIdentity.of(bwrap))" }

    public var isPresent: Bool { runtimeLibraries.allSatisfy { FileManager.default.fileExists(atPath: $0) } }

    /// bwrap reports a child killed by signal N as exit status 128 + N.
    public func termination(_ reported: ProcessResult.Termination) -> ProcessResult.Termination {
        if case .exited(let code) = reported, code > 128, code < 128 + 65 { return .signaled(code - 128) }
        return reported
    }

    /// bwrap's own complaints begin `bwrap:`.
    public func failedToStart(_ output: String) -> Bool { output.hasPrefix("bwrap:") }

    /// Under a burst of load bwrap can fail to set up a namespace ("Can't fork for pid 1: Resource temporarily unavailable").
    public func failedToStartForNow(_ output: String) -> Bool { failedToStart(output) && output.contains("temporarily unavailable") }

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

    /// `PATH` and `COURSE_BWRAP`: where bwrap is looked for.
    public static func probeSettings(environment: [String: String]) -> String {
        "\(environment["PATH"] ?? "")|\(environment["COURSE_BWRAP"] ?? "")"
    }

    public static func probe(environment: [String: String], toolchain: Toolchain) -> Result<Bubblewrap, SandboxUnavailable> {
        // COURSE_BWRAP names bwrap where it is not on PATH; /usr/bin and /bin are searched too.
        let found = environment["COURSE_BWRAP"].map { Subprocess.which($0, path: nil) }
            ?? Subprocess.which("bwrap", path: (environment["PATH"].map { $0 + ":" } ?? "") + "/usr/bin:/bin")
        guard let bwrap = found else {
            return .failure(SandboxUnavailable("bubblewrap (bwrap) is not installed."))
        }
        let sandbox = Bubblewrap(bwrap: bwrap, runtimeLibraries: Bubblewrap.runtimeLibraries(swiftc: toolchain.swiftc))
        // The probe proves isolation, not just that a program ran: a file made here for the probe must be out
        // of sight, the shell must be in a fresh PID namespace (bwrap is pid 1 there, the shell pid 2), and
        // run as the expected user. A `COURSE_BWRAP` that runs the command as it is fails all three.
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("course-sandbox-probe-\(Nonce.make())")
        _ = FileManager.default.createFile(atPath: marker.path, contents: Data())
        defer { try? FileManager.default.removeItem(at: marker) }
        let script = "echo \"pid $$ uid $(id -u) $(test -e '\(marker.path)' && echo visible || echo hidden)\""
        let spec = sandbox.wrap(ProcessSpec(executable: "/bin/sh", arguments: ["-c", script], environment: ["PATH": Sandbox.path],
                                            timeout: Limits.standard.objectToolTimeout),
                                mounts: [], workingDirectory: "/")
        var outcome = try? Subprocess.run(spec)
        for _ in 0..<2 where outcome?.succeeded != true && outcome?.outputText.contains("temporarily unavailable") == true {
            usleep(200_000)  // a namespace could not be made under a burst of load: try again
            outcome = try? Subprocess.run(spec)
        }
        guard let result = outcome else {
            return .failure(SandboxUnavailable("bwrap at \(bwrap) could not be started."))
        }
        guard result.succeeded else {
            let said = result.outputText.split(separator: "\n").first.map { ": \($0)" } ?? ""
            return .failure(SandboxUnavailable("bwrap cannot create a sandbox here (user namespaces may be disabled)\(said)."))
        }
        let expected = "pid 2 uid \(Bubblewrap.expectedUID) hidden"
        let seen = result.outputText.trimmingCharacters(in: .whitespacesAndNewlines)
        guard seen == expected else {
            return .failure(SandboxUnavailable("\(bwrap) ran the probe without isolating it (it said \"\(seen.prefix(200))\", "
                + "a sandbox says \"\(expected)\"): it is not bubblewrap, or not working as one."))
        }
        return .success(sandbox)
    }
}
