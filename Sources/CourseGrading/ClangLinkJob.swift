import CourseModel
import CourseProcess
import Foundation
import Synchronization

/// The driver's `clang … -o runner` link job, run as the one linker command clang would start for it: clang
/// only translates its arguments (and the `@` file of libraries that `swift-autolink-extract` wrote) into an
/// `ld.lld` call, and that translation is the same for every check with the same libraries.
///
/// The translation comes from clang itself (`clang … -###`), asked once per toolchain, argument list (the
/// scratch folder and the folders outside it replaced by placeholders: `DriverPathSlots`) and `@` file contents, and remembered in memory and
/// beside the driver's job lists. Anything unexpected (not exactly one job, a job that is not an absolute path
/// to an executable) keeps clang; and a remembered command that fails runs clang, so a changed system (a new
/// gcc's start files, say) costs one retry, never a wrong result.
struct ClangLinkJob {
    /// The clang job's words.
    var job: [String]
    /// The scratch folder, which the remembered command holds as a placeholder.
    var root: String
    var key: String
    var folder: URL?
    /// The folders of its paths outside the scratch folder (the harness's, the reference's), as slots.
    var slots: DriverPathSlots

    private static let remembered = Mutex<[String: [String]]>([:])

    /// The clang job `words`, when it is a clang link job whose `@` files read; nil for any other job.
    init?(job words: [String], root: String, folder: URL?) {
        guard let tool = words.first, URL(fileURLWithPath: tool).lastPathComponent.hasPrefix("clang"),
              words.contains(where: { $0.hasPrefix("-fuse-ld=") }), !words.contains("-c"), root.count > 1 else { return nil }
        var hasher = SHA256()
        hasher.update(field: "clang link 2 " + FileIdentity.of(tool))
        var slots = DriverPathSlots(toolchainRoot: DriverJobs.toolchainRoot(tool))
        for word in words {
            hasher.update(field: slots.generalize(argument: word.replacingOccurrences(of: root, with: DriverJobs.placeholder)))
            if word.hasPrefix("@") {
                guard let data = RegularFile.contents(String(word.dropFirst()), limit: 1 << 20) else { return nil }
                hasher.update(field: String(data.count))
                hasher.update(data)
            }
        }
        self.job = words
        self.root = root
        self.key = hasher.hexDigest()
        self.folder = folder
        self.slots = slots
    }

    /// The linker command for this job: remembered, or asked of clang (and remembered); nil when clang must run.
    func linkerCommand(asking step: ProcessSpec) -> [String]? {
        var generic = Self.remembered.withLock { $0[key] }
        if generic == nil {
            generic = stored() ?? derive(step)
            if let generic { Self.remembered.withLock { $0[key] = generic } }
        }
        return generic?.map { slots.fill($0).replacingOccurrences(of: DriverJobs.placeholder, with: root) }
    }

    /// Forgets the command (it failed where clang may not): the next link asks clang again.
    func forget() {
        Self.forgetInMemory(key)
        if let file { try? FileManager.default.removeItem(at: file) }
    }

    /// Drops the copy in memory only (a test changes the one on disk).
    static func forgetInMemory(_ key: String) { _ = remembered.withLock { $0.removeValue(forKey: key) } }

    func derive(_ step: ProcessSpec) -> [String]? {
        var ask = step
        ask.arguments.append("-###")
        ask.input = []
        guard let result = try? Subprocess.run(ask), result.succeeded, !result.outputTruncated else { return nil }
        let lines = result.outputText.split(separator: "\n").map(String.init)
        guard !lines.contains(where: { $0.contains("(in-process)") }) else { return nil }
        let commands = lines.filter { $0.hasPrefix(" \"") }
        guard commands.count == 1, let words = ShellWords.split(commands[0]), let linker = words.first, linker.hasPrefix("/"),
              FileManager.default.isExecutableFile(atPath: linker) else { return nil }
        let generic = words.map { slots.generalize(job: $0.replacingOccurrences(of: root, with: DriverJobs.placeholder)) }
        store(generic)
        return generic
    }

    private var file: URL? { folder?.appendingPathComponent("clang-link-" + key.prefix(32) + ".json") }

    private func stored() -> [String]? {
        guard let file, let data = RegularFile.contents(file.path, limit: Limits.standard.recordBytes),
              let entry = try? JSONDecoder().decode(DriverJobs.Entry.self, from: data), entry.jobs.count == 1,
              entry.seal == DriverJobs.Entry.seal(key: key, jobs: entry.jobs) else { return nil }
        return entry.jobs[0]
    }

    private func store(_ command: [String]) {
        guard let file, let folder, (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil,
              let data = try? JSONEncoder().encode(DriverJobs.Entry(jobs: [command], seal: DriverJobs.Entry.seal(key: key, jobs: [command])))
        else { return }
        try? AtomicFile.write(data, to: file)
    }
}
