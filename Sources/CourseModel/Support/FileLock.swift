import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An exclusive advisory lock on a file (`flock`), held while `body` runs: two `course` processes that
/// write the same files take turns instead of removing each other's work.
public enum FileLock {
    public static func exclusive<T>(_ path: String, _ body: () throws -> T) throws -> T {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CourseError.fileSystem(path: path, reason: "cannot be opened to lock it (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw CourseError.fileSystem(path: path, reason: "cannot be locked (\(String(cString: strerror(errno))))") }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
