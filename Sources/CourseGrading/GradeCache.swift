import CourseModel
import CourseProcess
import Foundation

/// Remembers reports by a key over every input of a check, so an unchanged re-check is instant.
public struct GradeCache: Sendable {
    public var folder: URL
    /// Reports kept at most; past it the oldest quarter goes.
    public var limit: Int
    /// Signs each entry; `Grader` sets the key of the sandbox mode in force.
    public var seal: CacheSeal = .unkeyed

    public init(folder: URL, limit: Int = Limits.standard.reportCacheEntries) {
        self.folder = folder
        self.limit = limit
    }

    /// SHA-256 over the tool version, toolchain, settings, hidden files, solution, submission and PATH.
    public static func key(submission: [UInt8], inputs: ExerciseInputs, toolchain: Toolchain, environment: [String: String],
                           sandboxed: Bool = false, sandboxIdentity: String = "") -> String {
        var hasher = SHA256()
        hasher.update(field: "course \(CourseFormat.toolVersion) cache 2")
        hasher.update(field: sandboxed ? "sandboxed \(sandboxIdentity)" : "unsandboxed")
        hasher.update(field: toolIdentity)
        hasher.update(field: toolchain.identity)
        hasher.update(field: toolchain.clang ?? "")
        hasher.update(field: inputs.exercise.id)
        hasher.update(field: "seed \(inputs.seed)")
        hasher.update(field: inputs.oneFailureSuffices ? "until the first failure" : "every test")
        hasher.update(field: inputs.shrinks ? "shrunk" : "as generated")
        hasher.update(field: "frameworks " + TestFramework.used(by: inputs.tests).map(\.rawValue).joined(separator: ","))
        let settings = inputs.exercise.settings
        hasher.update(field: "\(settings.swiftFlags)|\(settings.timeoutSeconds)|\(settings.requires)|\(settings.sharedLibrary)")
        hasher.update(field: "\(settings.exports)|\(settings.allowExtensions)|\(settings.sanitizers.map(\.rawValue))")
        for (name, value) in settings.environment.sorted(by: { $0.key < $1.key }) { hasher.update(field: "\(name)=\(value)") }
        for program in settings.requires { hasher.update(field: Subprocess.which(program, path: environment["PATH"]) ?? "-") }
        for (path, data) in inputs.fingerprintFiles {
            hasher.update(field: path)
            hasher.update(field: String(data.count))
            hasher.update(data)
        }
        hasher.update(field: "submission")
        hasher.update(submission)
        return hasher.hexDigest()
    }

    /// The running `course` binary's size and modification time: a rebuilt tool never reuses old verdicts.
    static let toolIdentity = FileIdentity.of("/proc/self/exe")

    /// One stored report with a digest over its key and its bytes: a damaged, truncated or edited entry
    /// no longer matches and is discarded, so the next check grades afresh.
    struct Entry: Codable {
        var digest: String
        var report: Data
    }

    func digest(key: String, report: Data) -> String {
        seal.sign { hasher in
            hasher.update(field: "course report cache entry")
            hasher.update(field: key)
            hasher.update(report)
        }
    }

    /// Entries larger than this are never read (nor written): a report is bounded far below it.
    static let maximumEntryBytes = Limits.standard.cachedReportBytes

    public func lookup(_ key: String) -> GradeReport? {
        let path = folder.appendingPathComponent(key + ".json").path
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard data.count <= GradeCache.maximumEntryBytes,
              let entry = try? JSONDecoder().decode(Entry.self, from: data),
              entry.digest == digest(key: key, report: entry.report),
              let report = try? JSONDecoder().decode(GradeReport.self, from: entry.report) else {
            try? FileManager.default.removeItem(atPath: path)
            return nil
        }
        return report
    }

    /// Best effort: a cache that cannot be written only makes the next check slower.
    public func store(_ report: GradeReport, key: String) {
        guard let encoded = try? JSONEncoder().encode(report.bounded()),
              let data = try? JSONEncoder().encode(Entry(digest: digest(key: key, report: encoded), report: encoded)),
              data.count <= GradeCache.maximumEntryBytes else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? AtomicFile.write(data, to: folder.appendingPathComponent(key + ".json"))
        prune()
    }

    /// Keeps the cache small: past `limit` reports, the oldest quarter is removed.
    func prune() {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return }
        let reports = names.filter { $0.hasSuffix(".json") }
        guard reports.count > limit else { return }
        let dated = reports.map { name -> (String, Date) in
            let attributes = try? fm.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            return (name, (attributes?[.modificationDate] as? Date) ?? .distantPast)
        }.sorted { $0.1 < $1.1 }
        for (name, _) in dated.prefix(reports.count - limit * 3 / 4) {
            try? fm.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
