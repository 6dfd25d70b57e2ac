import CourseModel
import Foundation

/// Remembers reports by a key over every input of a check, so an unchanged re-check is instant.
public struct GradeCache: Sendable {
    public var folder: URL

    public init(folder: URL) { self.folder = folder }

    /// SHA-256 over the tool version, toolchain, settings, hidden files, solution, submission and PATH.
    public static func key(submission: [UInt8], inputs: ExerciseInputs, toolchain: Toolchain, environment: [String: String]) -> String {
        var hasher = SHA256()
        hasher.update(field: "course \(CourseFormat.toolVersion) cache 1")
        hasher.update(field: toolIdentity)
        hasher.update(field: toolchain.identity)
        hasher.update(field: toolchain.clang ?? "")
        hasher.update(field: inputs.exercise.id)
        let settings = inputs.exercise.settings
        hasher.update(field: "\(settings.swiftFlags)|\(settings.timeoutSeconds)|\(settings.requires)|\(settings.sharedLibrary)")
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

    public func lookup(_ key: String) -> GradeReport? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(key + ".json").path) else { return nil }
        return try? JSONDecoder().decode(GradeReport.self, from: data)
    }

    /// Best effort: a cache that cannot be written only makes the next check slower.
    public func store(_ report: GradeReport, key: String) {
        guard let data = try? JSONEncoder().encode(report) else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? AtomicFile.write(data, to: folder.appendingPathComponent(key + ".json"))
        prune()
    }

    /// Keeps the cache small: past `limit` reports, the oldest quarter is removed.
    func prune(limit: Int = 400) {
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
