import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The process groups and temporary folders alive right now, so Ctrl-C can clean them all up.
public final class ChildRegistry: @unchecked Sendable {
    public static let shared = ChildRegistry()
    private let lock = NSLock()
    private var groups: Set<pid_t> = []
    private var folders: Set<String> = []

    func add(_ pid: pid_t) { lock.lock(); groups.insert(pid); lock.unlock() }
    func remove(_ pid: pid_t) { lock.lock(); groups.remove(pid); lock.unlock() }
    func addFolder(_ path: String) { lock.lock(); folders.insert(path); lock.unlock() }
    func removeFolder(_ path: String) { lock.lock(); folders.remove(path); lock.unlock() }

    /// Kills every child process group and deletes every temporary folder. Called on SIGINT/SIGTERM.
    public func cleanUp() {
        lock.lock()
        let pids = groups, paths = folders
        groups.removeAll(); folders.removeAll()
        lock.unlock()
        for pid in pids { kill(-pid, SIGKILL) }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
    }
}
