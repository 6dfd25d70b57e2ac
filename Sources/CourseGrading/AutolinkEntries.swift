import CourseModel
import Foundation
import Synchronization

/// The `swift-autolink-extract OBJECT… -o OUTPUT` job of a link, replayed from memory: the tool's output is a
/// function of the libraries each object asks for (its `.swift1_autolink_entries` section, NUL-separated `-l…`
/// flags), read here without a process. The first time a list of entries is seen the tool runs and its
/// output is remembered (in memory and beside the driver's job lists); after that the file is written
/// directly, and a link starts two processes instead of three. Anything unexpected (an object that is not
/// 64-bit little-endian ELF, an unknown option) runs the tool.
struct AutolinkEntries {
    static let sectionName = ".swift1_autolink_entries"
    var output: String
    /// The tool and every object's entries, in order.
    var key: String
    /// Where remembered outputs are kept between runs; nil: in memory only.
    var folder: URL?

    private static let remembered = Mutex<[String: String]>([:])

    /// The autolink job `words`, when every object reads; nil for any other job.
    init?(job words: [String], folder: URL?) {
        guard let tool = words.first, URL(fileURLWithPath: tool).lastPathComponent == "swift-autolink-extract" else { return nil }
        var objects: [String] = [], output: String?
        var index = 1
        while index < words.count {
            let word = words[index]
            if word == "-o", index + 1 < words.count {
                output = words[index + 1]
                index += 2
                continue
            }
            guard !word.hasPrefix("-") else { return nil }
            objects.append(word)
            index += 1
        }
        guard let output, !objects.isEmpty else { return nil }
        var hasher = SHA256()
        hasher.update(field: "autolink 1 " + FileIdentity.of(tool))
        for object in objects {
            guard let data = RegularFile.contents(object, limit: 512 << 20), let entries = Self.entries(in: data) else { return nil }
            hasher.update(field: entries.joined(separator: "\u{1}"))
        }
        self.output = output
        self.key = hasher.hexDigest()
        self.folder = folder
    }

    /// Writes the remembered output; false when these entries were never seen (run the tool, then `remember`).
    func replay() -> Bool {
        var text = Self.remembered.withLock { $0[key] }
        if text == nil, let file, let data = RegularFile.contents(file.path, limit: 1 << 20) {
            let kept = String(decoding: data, as: UTF8.self)
            if let split = kept.firstIndex(of: "\n"), kept[..<split] == seal(String(kept[kept.index(after: split)...])) {
                text = String(kept[kept.index(after: split)...])
                Self.remembered.withLock { $0[key] = text }
            }
        }
        guard let text else { return false }
        return FileManager.default.createFile(atPath: output, contents: Data(text.utf8))
    }

    /// Keeps what the tool just wrote, for the next link with the same entries.
    func remember() {
        guard let data = RegularFile.contents(output, limit: 1 << 20) else { return }
        let text = String(decoding: data, as: UTF8.self)
        Self.remembered.withLock { $0[key] = text }
        guard let file, let folder, (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return }
        try? AtomicFile.write(Data((seal(text) + "\n" + text).utf8), to: file)
    }

    private var file: URL? { folder?.appendingPathComponent("autolink-" + key.prefix(32) + ".txt") }

    /// Detects a damaged entry (not a forged one: like the job lists, these are inputs the tool derived).
    private func seal(_ text: String) -> String {
        var hasher = SHA256()
        hasher.update(field: key)
        hasher.update(field: text)
        return hasher.hexDigest()
    }

    /// The entries of one object's section (none when it has no such section); nil when it is not ELF64 LE.
    static func entries(in data: Data) -> [String]? {
        let bytes = [UInt8](data)
        func integer(_ offset: Int, _ size: Int) -> Int? {
            guard offset >= 0, size <= 8, offset + size <= bytes.count else { return nil }
            var value: UInt64 = 0
            for index in (0..<size).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
            return value > UInt64(Int.max) ? nil : Int(value)
        }
        guard bytes.count >= 64, bytes[0] == 0x7F, bytes[1] == 0x45, bytes[2] == 0x4C, bytes[3] == 0x46,
              bytes[4] == 2, bytes[5] == 1,  // ELFCLASS64, little-endian
              let table = integer(0x28, 8), let entrySize = integer(0x3A, 2), let count = integer(0x3C, 2),
              let namesIndex = integer(0x3E, 2), entrySize >= 64, namesIndex < count,
              let namesOffset = integer(table + namesIndex * entrySize + 0x18, 8) else { return nil }
        for section in 0..<count {
            let header = table + section * entrySize
            guard let nameOffset = integer(header, 4), let offset = integer(header + 0x18, 8), let size = integer(header + 0x20, 8)
            else { return nil }
            guard name(bytes, at: namesOffset + nameOffset) == sectionName else { continue }
            guard offset + size <= bytes.count else { return nil }
            return bytes[offset..<offset + size].split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        }
        return []
    }

    private static func name(_ bytes: [UInt8], at offset: Int) -> String? {
        guard offset >= 0, offset < bytes.count, let end = bytes[offset...].firstIndex(of: 0) else { return nil }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

}
