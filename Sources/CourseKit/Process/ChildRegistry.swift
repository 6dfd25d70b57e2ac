import CourseModel
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
    private var stopping = false
    private var tags: Set<String> = []
    /// Held while a child is spawned and registered, and while orphans are looked for, so a child just
    /// started is never mistaken for an orphan.
    private let spawning = NSLock()

    /// Runs `body` with no child being started meanwhile.
    func withSpawnsPaused<T>(_ body: () -> T) -> T {
        spawning.lock()
        defer { spawning.unlock() }
        return body()
    }

    /// Whether `pid` is a child that `Subprocess` started and has not yet reaped.
    func started(_ pid: pid_t) -> Bool { lock.lock(); defer { lock.unlock() }; return groups.contains(pid) }

    /// True once cleanup has begun: no new child may start after that.
    public var isStopping: Bool { lock.lock(); defer { lock.unlock() }; return stopping }

    func add(_ pid: pid_t) {
        lock.lock()
        groups.insert(pid)
        let late = stopping
        lock.unlock()
        if late { kill(-pid, SIGKILL) }
    }
    func remove(_ pid: pid_t) { lock.lock(); groups.remove(pid); lock.unlock() }
    func addTag(_ tag: String) { lock.lock(); tags.insert(tag); lock.unlock() }
    func removeTag(_ tag: String) { lock.lock(); tags.remove(tag); lock.unlock() }
    func addFolder(_ path: String) { lock.lock(); folders.insert(path); lock.unlock() }
    func removeFolder(_ path: String) { lock.lock(); folders.remove(path); lock.unlock() }

    /// Called by a thread that finds cleanup under way: waits for the signal handler to end the
    /// process, so the interrupted command neither starts new work nor exits with its own status.
    public func parkWhileStopping() {
        guard isStopping else { return }
        while true { sleep(60) }
    }

    /// Kills every child process group and deletes every temporary folder. Called on SIGINT/SIGTERM.
    public func cleanUp() {
        lock.lock()
        stopping = true
        let pids = groups, paths = folders, runTags = tags
        lock.unlock()
        for pid in pids { kill(-pid, SIGKILL) }
        for tag in runTags { OrphanSweeper.sweep(tag: tag) }
        // The grading thread may be deleting the same folder: retry until it is gone.
        for path in paths {
            for _ in 0..<20 where FileManager.default.fileExists(atPath: path) {
                try? FileManager.default.removeItem(atPath: path)
                if FileManager.default.fileExists(atPath: path) { usleep(10_000) }
            }
        }
    }
}
