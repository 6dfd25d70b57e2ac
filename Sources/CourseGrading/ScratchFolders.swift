import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The names of checks' scratch folders (`course-check-<pid>-<random>`), which carry the id of the process
/// that made them: a run killed with SIGKILL cannot remove its own, so the next run (`course grade` resuming)
/// removes every one whose process is gone.
public enum ScratchFolders {
    static let prefix = "course-check-"

    /// A fresh scratch folder name for this process.
    static func name() -> String { "\(prefix)\(getpid())-\(UUID().uuidString.lowercased())" }

    /// Removes the scratch folders in `root` of this user's processes that no longer exist; returns their names.
    @discardableResult
    public static func sweepAbandoned(in root: URL) -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { $0.hasPrefix(prefix) }
        var removed: [String] = []
        for name in names {
            // `course-check-<pid>-<UUID>` only: a name of another shape (an older course's `course-check-<UUID>`,
            // whose first group may be all digits) is never taken for a process id.
            let rest = name.dropFirst(prefix.count)
            let digits = rest.prefix { $0 != "-" }
            guard let pid = Int32(digits), pid > 0, pid != getpid(),
                  UUID(uuidString: String(rest.dropFirst(digits.count + 1))) != nil else { continue }
            var info = stat()
            let path = root.appendingPathComponent(name).path
            guard lstat(path, &info) == 0, info.st_uid == getuid(), (info.st_mode & S_IFMT) == S_IFDIR else { continue }
            // Signal 0 only asks whether the process exists; ESRCH: it does not.
            guard kill(pid, 0) != 0, errno == ESRCH else { continue }
            if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(name) }
        }
        return removed
    }
}
