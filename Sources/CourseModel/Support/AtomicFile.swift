import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that readers see the old content or the new, never a half-written one.
public enum AtomicFile {
    /// Writes to a temporary file beside the target, flushes it to disk, then renames it over the target.
    /// On any failure (a full disk, a read-only folder) the target is untouched and the error is thrown.
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UUID().uuidString.prefix(8)).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw posixError(temporary.path) }
        var ok = true
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { break }
                let written = Glibc.write(fd, base + offset, buffer.count - offset)
                if written <= 0 { ok = false; return }
                offset += written
            }
        }
        let saved = errno
        if ok && fsync(fd) != 0 { ok = false }
        close(fd)
        guard ok else {
            unlink(temporary.path)
            errno = saved
            throw posixError(url.path)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let error = posixError(url.path)
            unlink(temporary.path)
            throw error
        }
    }

    static func posixError(_ path: String) -> CourseError {
        .fileSystem(path: path, reason: String(cString: strerror(errno)))
    }
}
