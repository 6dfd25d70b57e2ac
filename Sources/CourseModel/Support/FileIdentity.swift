import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's resolved path, size and modification time: changes whenever the file is replaced.
public enum FileIdentity {
    public static func of(_ path: String) -> String {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let attributes = (try? FileManager.default.attributesOfItem(atPath: resolved)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(resolved)|\(size)|\(modified)"
    }

    /// The file's device, inode, size, and modification and change times (nil when it cannot be read): any
    /// write or replacement gives a new one, even one that puts the modification time back (nobody but the
    /// kernel sets a change time). For "unchanged since it was checked".
    public static func exact(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }
}
