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
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = Int32(entry), pid != me,
                  let environment = FileManager.default.contents(atPath: "/proc/\(entry)/environ") else { continue }
            let bytes = [UInt8](environment) + [0]
            if contains(bytes, needle) {
                kill(pid, SIGKILL)
                killed += 1
            }
        }
        return killed
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
