import CourseModel
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What grading runs tests in, decided once per process for a mode, a backend and a toolchain.
public enum SandboxDecision: Equatable, Sendable {
    case sandboxed(any SandboxBackend)
    /// Running without the sandbox: off by choice, or `auto` where it does not work (with the reason).
    case unsandboxed(reason: String?)
    /// `require` where the sandbox does not work.
    case unavailable(reason: String)

    public var sandbox: (any SandboxBackend)? {
        if case .sandboxed(let sandbox) = self { return sandbox }
        return nil
    }

    public static func == (left: SandboxDecision, right: SandboxDecision) -> Bool {
        switch (left, right) {
        case (.sandboxed(let one), .sandboxed(let other)): AnyHashable(one) == AnyHashable(other)
        case (.unsandboxed(let one), .unsandboxed(let other)): one == other
        case (.unavailable(let one), .unavailable(let other)): one == other
        default: false
        }
    }

    /// The guarantees that do not hold without the sandbox, in plain words.
    public static let weakerGuarantees = "Without it, test code runs as you, with your files, your network and your other "
        + "processes in reach; a determined submission could tamper with the verdict or the caches."

    private static let memo = Mutex<[String: SandboxDecision]>([:])

    /// Decides, probing the backend once per process (for bubblewrap, a run of a shell inside, about 10 ms).
    /// A probe that worked is remembered on disk in `cacheFolder` for this boot of the machine, so each
    /// `course check` (a new process) does not pay for it again; a failed probe is always repeated.
    public static func decide<Backend: SandboxBackend>(mode: SandboxMode, backend: Backend.Type, environment: [String: String],
                                                       toolchain: Toolchain, cacheFolder: URL? = nil) -> SandboxDecision {
        if mode == .off { return .unsandboxed(reason: nil) }
        let key = "\(mode.rawValue)|\(Backend.probeSettings(environment: environment))|\(toolchain.swiftc)"
        let memoKey = "\(Backend.name)|\(key)"
        if let known = memo.withLock({ $0[memoKey] }) { return known }
        let decision: SandboxDecision
        let remembered = cacheFolder.flatMap { ProbeMemory<Backend>(folder: $0, key: key) }
        if let sandbox = remembered?.recall() {
            decision = .sandboxed(sandbox)
            memo.withLock { $0[memoKey] = decision }
            return decision
        }
        switch Backend.probe(environment: environment, toolchain: toolchain) {
        case .success(let sandbox):
            decision = .sandboxed(sandbox)
            remembered?.remember(sandbox)
        case .failure(let reason):
            decision = mode == .require ? .unavailable(reason: reason.text) : .unsandboxed(reason: reason.text)
        }
        memo.withLock { $0[memoKey] = decision }
        return decision
    }

    /// Forgets every remembered probe in `folder` and in this process, so the next check probes again.
    public static func forget(in folder: URL) {
        memo.withLock { $0.removeAll() }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix("sandbox-probe-") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}

/// A sandbox probe that worked, remembered in a file for the current boot (`/proc/sys/kernel/random/boot_id`),
/// the same backend (its `identity`) and the same settings.
struct ProbeMemory<Backend: SandboxBackend> {
    var file: URL
    var stamp: String

    init?(folder: URL, key: String) {
        guard let boot = try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8) else { return nil }
        var hasher = SHA256()
        hasher.update(field: "sandbox probe 3")
        hasher.update(field: Backend.name)
        hasher.update(field: key)
        hasher.update(field: boot)
        hasher.update(field: String(getuid()))
        file = folder.appendingPathComponent("sandbox-probe-\(hasher.hexDigest().prefix(16)).state")
        stamp = hasher.hexDigest()
    }

    private struct Stored: Codable {
        var stamp: String
        var backend: Backend
        var identity: String
    }

    func recall() -> Backend? {
        guard let data = RegularFile.contents(file.path, limit: Limits.standard.probeRecordBytes),
              let stored = try? JSONDecoder().decode(Stored.self, from: data), stored.stamp == stamp,
              stored.backend.identity == stored.identity, stored.backend.isPresent else { return nil }
        return stored.backend
    }

    func remember(_ sandbox: Backend) {
        let stored = Stored(stamp: stamp, backend: sandbox, identity: sandbox.identity)
        guard let data = try? JSONEncoder().encode(stored) else { return }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? AtomicFile.write(data, to: file)
    }
}
