import CourseModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Seals cache entries (reports, the harness module, compiled suites) with HMAC-SHA-256 under a key the
/// tests cannot read: a random file beside the caches, never mounted in the sandbox. One key per sandbox
/// mode; before a test program runs without the sandbox, the sandboxed key is destroyed, so nothing an
/// unsandboxed run could have written (as you, with your files in reach) is trusted by a later sandboxed check.
public struct CacheSeal: Sendable, Equatable {
    /// Empty: a plain SHA-256 digest (damage is caught, a deliberate forger is not). Used where no key folder is given.
    public var key: [UInt8]
    /// "sandboxed", "unsandboxed" or "unkeyed": caches keep the modes' entries apart by it.
    public var mode: String

    public static let unkeyed = CacheSeal(key: [], mode: "unkeyed")

    static func file(in folder: URL, sandboxed: Bool) -> URL {
        folder.appendingPathComponent(sandboxed ? ".seal-key-sandboxed" : ".seal-key-unsandboxed")
    }

    /// The mode's key in `folder`, made (32 random bytes, mode 0600) when missing. Unkeyed when the folder
    /// cannot be written (a read-only course: nothing is stored there either).
    public static func load(folder: URL, sandboxed: Bool) -> CacheSeal {
        let path = file(in: folder, sandboxed: sandboxed).path
        let mode = sandboxed ? "sandboxed" : "unsandboxed"
        if let data = RegularFile.contents(path, limit: Limits.standard.sealBytes), data.count == 32 { return CacheSeal(key: [UInt8](data), mode: mode) }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {  // another check made it first, or the folder is read-only
            if let data = RegularFile.contents(path, limit: Limits.standard.sealBytes), data.count == 32 { return CacheSeal(key: [UInt8](data), mode: mode) }
            return .unkeyed
        }
        let written = key.withUnsafeBytes { write(fd, $0.baseAddress, 32) }
        close(fd)
        return written == 32 ? CacheSeal(key: key, mode: mode) : .unkeyed
    }

    /// Destroys the sandboxed key in `folder`: every entry sealed with it is rebuilt by the next sandboxed check.
    public static func revokeSandboxed(in folder: URL) {
        try? FileManager.default.removeItem(at: file(in: folder, sandboxed: true))
    }

    /// HMAC-SHA-256 (RFC 2104) over what `feed` puts in, as hex; plain SHA-256 when unkeyed.
    public func sign(_ feed: (inout SHA256) -> Void) -> String {
        guard !key.isEmpty else {
            var hasher = SHA256()
            feed(&hasher)
            return hasher.hexDigest()
        }
        var block = key.count > 64 ? CacheSeal.bytes(SHA256.hex(Data(key))) : key
        block += [UInt8](repeating: 0, count: 64 - block.count)
        var inner = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        feed(&inner)
        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5c })
        outer.update(CacheSeal.bytes(inner.hexDigest()))
        return outer.hexDigest()
    }

    static func bytes(_ hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count - 1, by: 2).map { UInt8(String(decoding: digits[$0...$0 + 1], as: UTF8.self), radix: 16) ?? 0 }
    }
}
