import CourseModel
import Foundation

/// Compiled hidden suites (suite files and generated main as one object), kept per learner-module
/// interface: a learner who edits function bodies leaves `Submission.swiftmodule` byte-identical, so a
/// re-check compiles only the learner's module, links and runs.
///
/// The key covers every input of that compile: the emitted module file's bytes, the suite and main as
/// compiled, the exercise's hidden files (module maps and headers included), the harness module, the
/// toolchain and the flags. A stored property added, a signature changed, a class turned into a struct:
/// each changes the module file, so a wrong reuse cannot happen. Each entry is sealed with a digest and
/// rebuilt when damaged; the cache keeps the most recently used `limit` entries.
public struct SuiteObjectCache: Sendable {
    public var folder: URL
    public var limit: Int
    /// Signs each entry; `Grader` sets the key of the sandbox mode in force.
    public var seal: CacheSeal = .unkeyed

    public init(folder: URL, limit: Int = 64) {
        self.folder = folder
        self.limit = limit
    }

    static func key(moduleFile: Data, compiledSources: [Data], hiddenFiles: [(String, Data)], harnessFolder: String,
                    toolchain: Toolchain, flags: [String], frameworks: [TestFramework] = []) -> String {
        var hasher = SHA256()
        hasher.update(field: "suite object 1 \(CourseFormat.toolVersion)")
        hasher.update(field: "frameworks " + frameworks.map(\.rawValue).joined(separator: ","))
        hasher.update(field: toolchain.identity)
        hasher.update(field: flags.joined(separator: "\u{1}"))
        hasher.update(field: harnessFolder)
        hasher.update(field: String(moduleFile.count))
        hasher.update(moduleFile)
        for source in compiledSources {
            hasher.update(field: String(source.count))
            hasher.update(source)
        }
        for (path, data) in hiddenFiles {
            hasher.update(field: path)
            hasher.update(field: String(data.count))
            hasher.update(data)
        }
        return hasher.hexDigest()
    }

    func entry(_ key: String) -> URL { folder.appendingPathComponent(String(key.prefix(32))) }

    /// Copies the cached object for `key` to `destination` if it is present and intact (its mtime is refreshed:
    /// least recently used goes first). The copy is what gets linked, so a concurrent check replacing the
    /// entry cannot pull it away mid-link.
    func restore(_ key: String, to destination: String) -> Bool {
        guard let data = verified(key) else { return false }
        return FileManager.default.createFile(atPath: destination, contents: data)
    }

    /// The cached object's path for `key`, if present and intact.
    func lookup(_ key: String) -> String? {
        verified(key) == nil ? nil : entry(key).appendingPathComponent("HiddenTests.o").path
    }

    private func verified(_ key: String) -> Data? {
        let object = entry(key).appendingPathComponent("HiddenTests.o")
        guard let data = RegularFile.contents(object.path, limit: Limits.standard.cachedObjectBytes),
              let seal = RegularFile.contents(entry(key).appendingPathComponent("seal").path, limit: Limits.standard.sealBytes),
              String(decoding: seal, as: UTF8.self) == stamp(key: key, object: data) else {
            try? FileManager.default.removeItem(at: entry(key))
            return nil
        }
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: entry(key).path)
        return data
    }

    /// Keeps a freshly compiled object; best effort (a read-only course just compiles every time).
    func store(_ object: String, key: String) {
        if verified(key) != nil { return }  // another check stored it first
        guard let data = RegularFile.contents(object, limit: Limits.standard.cachedObjectBytes) else { return }
        let fm = FileManager.default
        let building = folder.appendingPathComponent(".building-\(UUID().uuidString)")
        guard (try? fm.createDirectory(at: building, withIntermediateDirectories: true)) != nil,
              fm.createFile(atPath: building.appendingPathComponent("HiddenTests.o").path, contents: data),
              fm.createFile(atPath: building.appendingPathComponent("seal").path,
                            contents: Data(stamp(key: key, object: data).utf8)) else {
            try? fm.removeItem(at: building)
            return
        }
        try? fm.removeItem(at: entry(key))
        if rename(building.path, entry(key).path) != 0 { try? fm.removeItem(at: building) }
        prune()
    }

    func stamp(key: String, object: Data) -> String {
        seal.sign { hasher in
            hasher.update(field: key)
            hasher.update(object)
        }
    }

    /// Past `limit` entries, the least recently used go.
    func prune() {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return }
        let entries = names.filter { !$0.hasPrefix(".") }
        guard entries.count > limit else { return }
        let dated = entries.map { name -> (String, Date) in
            let date = (try? fm.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.modificationDate] as? Date) ?? nil
            return (name, date ?? .distantPast)
        }.sorted { $0.1 < $1.1 }
        for (name, _) in dated.prefix(entries.count - limit) { try? fm.removeItem(at: folder.appendingPathComponent(name)) }
    }
}
