import CourseModel
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Notices when a file is saved: inotify on Linux when it works, and polling of size, time and
/// content hash always, so it keeps working where file events never arrive (network drives, some containers).
///
/// One watcher lives for a whole watch session: its snapshot is the content last checked, so a save made
/// while a check runs (or the write that follows an editor's truncation) is still a change afterwards.
public final class FileWatcher {
    public private(set) var path: String
    private var snapshot: String
    private var inotify: Int32 = -1
    private var folders: Set<String> = []

    public init(path: String) {
        self.path = path
        self.snapshot = FileWatcher.snapshot(path)
        #if os(Linux)
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if fd >= 0 { inotify = fd }
        #endif
        watchFolder(of: path)
    }

    /// Called just before a check reads `path`: what the check sees becomes the snapshot, so any later
    /// difference, even one made during the check, is reported by `changed()`.
    public func willCheck(_ path: String) {
        self.path = path
        watchFolder(of: path)
        drainEvents()
        snapshot = FileWatcher.snapshot(path)
    }

    private func watchFolder(of path: String) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard inotify >= 0, !folders.contains(folder) else { return }
        #if os(Linux)
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MODIFY)
        if inotify_add_watch(inotify, folder, mask) >= 0 { folders.insert(folder) }
        #endif
    }

    deinit { if inotify >= 0 { close(inotify) } }

    /// Whether inotify events are in use (polling runs regardless).
    public var usesFileEvents: Bool { inotify >= 0 && !folders.isEmpty }

    /// True once the file's content differs from the last time this returned true.
    /// Debounced: waits until the file has stopped changing for `settle` seconds.
    public func changed(settle: Double = 0.15) -> Bool {
        drainEvents()
        var current = FileWatcher.snapshot(path)
        guard current != snapshot else { return false }
        while true {
            usleep(UInt32(settle * 1_000_000))
            drainEvents()
            let again = FileWatcher.snapshot(path)
            if again == current { break }
            current = again
        }
        snapshot = current
        return true
    }

    /// Blocks up to `timeout` seconds for a file event in the folder (returns early on one).
    public func waitForEvent(timeout: Double) {
        guard inotify >= 0 else {
            usleep(UInt32(timeout * 1_000_000))
            return
        }
        var descriptor = pollfd(fd: inotify, events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, Int32(timeout * 1000))
    }

    private func drainEvents() {
        guard inotify >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while buffer.withUnsafeMutableBytes({ read(inotify, $0.baseAddress, $0.count) }) > 0 {}
    }

    /// Size and content hash: a save that keeps the bytes is not a change.
    static func snapshot(_ path: String) -> String {
        guard let data = RegularFile.contents(path) else { return "missing" }
        return "\(data.count):\(SHA256.hex(data))"
    }
}
