import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file only if it is a regular file, without ever blocking: a FIFO, a device or a socket
/// where a learner's file should be is reported, not waited on.
public enum RegularFile {
    public enum Failure: Error, Equatable {
        case missing
        case unreadable
        /// Not a regular file: the kind, in words ("named pipe (FIFO)", "device", …).
        case notRegular(String)
        case tooLarge
    }

    public static func read(_ path: String, limit: Int = Limits.standard.fileReadBytes) -> Result<Data, Failure> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(errno == ENOENT ? .missing : .unreadable) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { close(fd); return .failure(.unreadable) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { close(fd); return .failure(.notRegular(kind(info.st_mode))) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: limit + 1) ?? Data() else { return .failure(.unreadable) }
        return data.count > limit ? .failure(.tooLarge) : .success(data)
    }

    /// The file's bytes, or nil for anything but a readable regular file within the limit.
    public static func contents(_ path: String, limit: Int = Limits.standard.fileReadBytes) -> Data? {
        try? read(path, limit: limit).get()
    }

    public static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: return "device"
        case S_IFSOCK: return "socket"
        case S_IFDIR: return "folder"
        default: return "special file"
        }
    }
}
