import CourseModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds and kills processes a test run left behind outside its process group (a learner program
/// that started a new session with `setsid`), by an environment tag that every descendant inherits.
public enum OrphanSweeper {
    /// The environment variable that carries a run's tag.
    public static let variable = "COURSE_RUN_TAG"

    /// Kills every process of this user whose environment carries `tag`; returns how many it killed.
    @discardableResult
    public static func sweep(tag: String) -> Int {
        let needle = Array("\(variable)=\(tag)".utf8) + [0]
        let me = getpid()
        var killed = 0
        // As a child subreaper, every process a run left behind is in this process's tree: only that tree is
        // read. Reading every process's environment instead costs seconds on a busy machine, where reading
        // /proc/PID/environ of a process in the middle of exec or exit blocks.
        let candidates = ProcessControl.isSubreaper.value ? descendants(of: me).map(String.init)
            : ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [])
        for entry in candidates {
            guard let pid = Int32(entry), pid != me,
                  let environment = FileManager.default.contents(atPath: "/proc/\(entry)/environ") else { continue }
            let bytes = [UInt8](environment) + [0]
            if contains(bytes, needle) {
                kill(pid, SIGKILL)
                killed += 1
            }
        }
        return killed + reapOrphans()
    }

    /// Kills every process re-parented to this one (a child subreaper) that it did not start itself:
    /// the descendants of a finished test run. Each is stopped first, so one that keeps forking and
    /// exiting to change its PID cannot outrun the sweep; then all are killed and reaped.
    @discardableResult
    public static func reapOrphans() -> Int {
        guard ProcessControl.isSubreaper.value else { return 0 }
        var stopped: Set<pid_t> = []
        for _ in 0..<1000 {
            let found = ChildRegistry.shared.withSpawnsPaused {
                children(of: getpid()).filter { !ChildRegistry.shared.started($0) && !stopped.contains($0) }
            }
            if found.isEmpty { break }
            for pid in found { kill(pid, SIGSTOP) }
            stopped.formUnion(found)
        }
        for pid in stopped { kill(pid, SIGKILL) }
        for pid in stopped {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        }
        return stopped.count
    }

    /// Every process below `root`, from the kernel's per-thread child lists.
    static func descendants(of root: pid_t) -> [pid_t] {
        var found: [pid_t] = []
        var queue = [root]
        var seen: Set<pid_t> = [root]
        while let next = queue.popLast() {
            for child in children(of: next) where seen.insert(child).inserted {
                found.append(child)
                queue.append(child)
            }
        }
        return found
    }

    /// The processes whose parent is `parent`: from `/proc/PID/task/TID/children` (each thread's children),
    /// else, where the kernel has no such file, from every `/proc/PID/stat`.
    static func children(of parent: pid_t) -> [pid_t] {
        let tasks = "/proc/\(parent)/task"
        if let threads = try? FileManager.default.contentsOfDirectory(atPath: tasks),
           FileManager.default.fileExists(atPath: "\(tasks)/\(threads.first ?? "")/children") {
            return threads.flatMap { thread -> [pid_t] in
                let text = FileManager.default.contents(atPath: "\(tasks)/\(thread)/children").map { String(decoding: $0, as: UTF8.self) } ?? ""
                return text.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            }
        }
        return childrenFromStat(of: parent)
    }

    static func childrenFromStat(of parent: pid_t) -> [pid_t] {
        var result: [pid_t] = []
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(entry), let stat = FileManager.default.contents(atPath: "/proc/\(entry)/stat") else { continue }
            // "PID (comm) STATE PPID …": comm may hold spaces and parentheses, so read after the last ')'.
            let text = String(decoding: stat, as: UTF8.self)
            guard let close = text.lastIndex(of: ")") else { continue }
            let fields = text[text.index(after: close)...].split(separator: " ")
            if fields.count > 1, Int32(fields[1]) == parent { result.append(pid) }
        }
        return result
    }

    /// Whether `needle` (ending in NUL) starts at the beginning of one NUL-separated entry of `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        var start = 0
        while start < haystack.count {
            let end = haystack[start...].firstIndex(of: 0) ?? haystack.count
            if end - start + 1 == needle.count, Array(haystack[start...end]) == needle { return true }
            start = end + 1
        }
        return false
    }
}
