import CourseModel
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The process groups and temporary folders alive right now, so Ctrl-C can clean them all up.
public final class ChildRegistry: Sendable {
    public static let shared = ChildRegistry()

    private struct State {
        var groups: Set<pid_t> = []
        var folders: Set<String> = []
        var stopping = false
        var tags: Set<String> = []
    }
    private let state = Mutex(State())
    /// Held while a child is spawned and registered, and while orphans are looked for, so a child just
    /// started is never mistaken for an orphan.
    private let spawning = Mutex(())

    /// Runs `body` with no child being started meanwhile.
    func withSpawnsPaused<T>(_ body: () -> T) -> T {
        spawning.withLock { _ in body() }
    }

    /// Whether `pid` is a child that `Subprocess` started and has not yet reaped.
    func started(_ pid: pid_t) -> Bool { state.withLock { $0.groups.contains(pid) } }

    /// True once cleanup has begun: no new child may start after that.
    public var isStopping: Bool { state.withLock { $0.stopping } }

    func add(_ pid: pid_t) {
        let late = state.withLock { state -> Bool in
            state.groups.insert(pid)
            return state.stopping
        }
        if late { kill(-pid, SIGKILL) }
    }
    func remove(_ pid: pid_t) { _ = state.withLock { $0.groups.remove(pid) } }
    package func addTag(_ tag: String) { _ = state.withLock { $0.tags.insert(tag) } }
    package func removeTag(_ tag: String) { _ = state.withLock { $0.tags.remove(tag) } }
    package func addFolder(_ path: String) { _ = state.withLock { $0.folders.insert(path) } }
    package func removeFolder(_ path: String) { _ = state.withLock { $0.folders.remove(path) } }

    /// Called by a thread that finds cleanup under way: waits for the signal handler to end the
    /// process, so the interrupted command neither starts new work nor exits with its own status.
    public func parkWhileStopping() {
        guard isStopping else { return }
        while true { sleep(60) }
    }

    /// Kills every child process group and deletes every temporary folder. Called on SIGINT/SIGTERM.
    public func cleanUp() {
        let (pids, paths, runTags) = state.withLock { state in
            state.stopping = true
            return (state.groups, state.folders, state.tags)
        }
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
