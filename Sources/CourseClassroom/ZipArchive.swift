import Foundation

/// A ZIP archive of stored (uncompressed) files, as `unzip`, Python's `zipfile` and Gradescope read it: local
/// headers, a central directory with Unix permissions (so a script stays executable), and the end record. Every
/// time stamp is 1980-01-01, so the same files give the same bytes.
public enum ZipArchive {
    public struct Entry: Sendable {
        public var path: String
        public var data: Data
        /// Unix permission bits, e.g. 0o755 for a script.
        public var mode: UInt16

        public init(path: String, data: Data, mode: UInt16 = 0o644) {
            self.path = path
            self.data = data
            self.mode = mode
        }
    }

    /// The archive's bytes; nil when it would need ZIP64 (4 GiB or 65,535 files).
    public static func data(_ entries: [Entry]) -> Data? {
        var archive = Data(), directory = Data()
        guard entries.count < 0xFFFF else { return nil }
        for entry in entries {
            let name = Data(entry.path.utf8)
            guard archive.count < 0xFFFF_FFFF - entry.data.count - 512 else { return nil }
            let offset = UInt32(archive.count), crc = crc32(entry.data), size = UInt32(entry.data.count)
            let common: [(Int, UInt64)] = [(2, 20), (2, 0x0800), (2, 0), (2, 0), (2, 0x21), (4, UInt64(crc)), (4, UInt64(size)), (4, UInt64(size)),
                                           (2, UInt64(name.count)), (2, 0)]
            append(&archive, [(4, 0x0403_4B50)] + common)
            archive += name + entry.data
            append(&directory, [(4, 0x0201_4B50), (2, 3 << 8 | 20)] + common
                + [(2, 0), (2, 0), (2, 0), (4, UInt64(UInt32(0o100000 | UInt32(entry.mode)) << 16)), (4, UInt64(offset))])
            directory += name
        }
        let start = archive.count
        archive += directory
        append(&archive, [(4, 0x0605_4B50), (2, 0), (2, 0), (2, UInt64(entries.count)), (2, UInt64(entries.count)),
                          (4, UInt64(directory.count)), (4, UInt64(start)), (2, 0)])
        return archive
    }

    /// Little-endian fields of the given byte widths.
    static func append(_ data: inout Data, _ fields: [(Int, UInt64)]) {
        for (width, value) in fields {
            for byte in 0..<width { data.append(UInt8(truncatingIfNeeded: value >> (8 * byte))) }
        }
    }

    static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The CRC-32 that ZIP records for each file.
    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
