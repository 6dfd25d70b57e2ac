import CourseModel
import CourseProcess
import Foundation
import Synchronization

/// Runs a `swiftc` invocation as the jobs the driver would start (`swift-frontend`, `swift-autolink-extract`,
/// `clang`, whose link job runs as its `ld.lld` command: `ClangLinkJob`), without starting the driver each time: the driver costs about 40 ms a call, a third of a
/// cached check.
///
/// The jobs come from the driver itself (`swiftc … -###`), asked once per toolchain and argument list with
/// the check's scratch folder replaced by a placeholder, and remembered in memory and on disk (sealed, in
/// `.course/cache/driver-jobs/`). Only a compiled driver is bypassed, never a script. Anything unexpected — a driver that prints no jobs, a job that is not an
/// absolute path to an executable, a damaged entry — falls back to running `swiftc` as before, so the result
/// is never different from the driver's, only sooner.
public struct DriverJobs: Sendable {
    /// Where derived job lists are kept between runs; nil keeps them in memory only.
    public var folder: URL?

    public init(folder: URL?) { self.folder = folder }

    static let placeholder = "/@COURSE-SCRATCH@"
    /// Inputs and outputs up to this many are passed as flags, not in files the driver writes (`derive`).
    static let fileListThreshold = 4096
    private static let remembered = Mutex<[String: [[String]]]>([:])

    /// Runs `spec` (a `swiftc` call whose scratch paths all lie under `scratch`) through its jobs when
    /// they are known or can be derived, else through the driver.
    public func run(_ spec: ProcessSpec, scratch: URL) throws -> ProcessResult {
        guard let jobs = jobs(for: spec, scratch: scratch) else { return try Subprocess.run(spec) }
        let start = Date()
        var last: ProcessResult?
        for job in jobs {
            var step = spec
            step.executable = job[0]
            step.arguments = Array(job.dropFirst())
            if let timeout = spec.timeout { step.timeout = max(1, timeout - Date().timeIntervalSince(start)) }
            let autolink = AutolinkEntries(job: job, folder: folder)
            if autolink?.replay() == true {
                last = .doneInProcess
                continue
            }
            if let link = ClangLinkJob(job: job, root: scratch.standardizedFileURL.path, folder: folder),
               let command = link.linkerCommand(asking: step) {
                var direct = step
                direct.executable = command[0]
                direct.arguments = Array(command.dropFirst())
                let linked = try Subprocess.run(direct)
                if linked.succeeded {
                    last = linked
                    continue
                }
                // A real link error fails clang too, and its words are clang's; a command that clang no longer
                // gives (the system changed) is forgotten when clang succeeds where it failed.
                let result = try Subprocess.run(step)
                if result.succeeded { link.forget() }
                last = result
                if !result.succeeded { break }
                continue
            }
            let result = try Subprocess.run(step)
            if result.succeeded { autolink?.remember() }
            last = result
            if !result.succeeded { break }
        }
        guard var result = last else { return try Subprocess.run(spec) }
        result.seconds = Date().timeIntervalSince(start)
        return result
    }

    /// The jobs for `spec` with `scratch` filled in, or nil when the driver must run itself.
    func jobs(for spec: ProcessSpec, scratch: URL) -> [[String]]? {
        let root = scratch.standardizedFileURL.path
        guard root.count > 1, DriverJobs.isCompiledProgram(spec.executable) else { return nil }
        var slots = DriverPathSlots(toolchainRoot: DriverJobs.toolchainRoot(spec.executable))
        let generic = spec.arguments.map { slots.generalize(argument: $0.replacingOccurrences(of: root, with: DriverJobs.placeholder)) }
        let key = DriverJobs.key(executable: spec.executable, arguments: generic, environment: spec.extraEnvironment, root: root)
        var template = DriverJobs.remembered.withLock { $0[key] }
        if template == nil {
            if let kept = stored(key) {
                template = kept
            } else if let derived = derive(spec, root: root)?.map({ $0.map(slots.generalize(job:)) }) {
                template = derived
                store(derived, key: key)
            } else {
                template = []  // the driver could not be asked this time: this process runs it itself
            }
            DriverJobs.remembered.withLock { $0[key] = template }
        }
        guard let template, !template.isEmpty else { return nil }
        // The driver's own temporary folder (TMPDIR is inside the scratch folder) becomes that folder itself.
        try? FileManager.default.createDirectory(atPath: root + "/tmp", withIntermediateDirectories: true)
        return template.map { $0.map { slots.fill($0).replacingOccurrences(of: DriverJobs.placeholder, with: root) } }
    }

    /// The folder a toolchain is installed in (`/opt/swift/usr` for `/opt/swift/usr/bin/swiftc`): its paths
    /// are the same in every call, so they stay in the keys and jobs as they are.
    static func toolchainRoot(_ executable: String) -> String {
        URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// Only the real driver (a compiled program) is bypassed: a script given as `COURSE_SWIFTC` may do more
    /// than its jobs (add flags, check outputs), so it always runs as it is.
    static func isCompiledProgram(_ path: String) -> Bool {
        if let known = compiledPrograms.withLock({ $0[path] }) { return known }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let handle = FileHandle(forReadingAtPath: resolved)
        defer { try? handle?.close() }
        let compiled = (try? handle?.read(upToCount: 4)) == Data([0x7F, 0x45, 0x4C, 0x46])  // ELF
        compiledPrograms.withLock { $0[path] = compiled }
        return compiled
    }
    private static let compiledPrograms = Mutex<[String: Bool]>([:])

    static func key(executable: String, arguments: [String], environment: [String: String], root: String) -> String {
        var hasher = SHA256()
        hasher.update(field: "driver jobs 2 \(CourseFormat.toolVersion)")
        hasher.update(field: FileIdentity.of(URL(fileURLWithPath: executable).resolvingSymlinksInPath().path))
        hasher.update(field: arguments.joined(separator: "\u{1}"))
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
            hasher.update(field: name + "=" + value.replacingOccurrences(of: root, with: placeholder))
        }
        return hasher.hexDigest()
    }

    /// Asks the driver which jobs it would run. An empty list means "run the driver" and is kept too; nil
    /// means the driver could not be asked (it failed), which is not kept.
    func derive(_ spec: ProcessSpec, root: String) -> [[String]]? {
        var ask = spec
        // Past three inputs the driver passes outputs in a map file of its temporary folder, which exists only
        // while it runs (and then no job list could be kept): a high file-list threshold keeps them as flags.
        ask.arguments += ["-driver-filelist-threshold=\(DriverJobs.fileListThreshold)", "-###"]
        ask.input = []
        guard let result = try? Subprocess.run(ask), result.succeeded, !result.outputTruncated else { return nil }
        let lines = result.outputText.split(separator: "\n").map(String.init)
        var jobs: [[String]] = []
        var produced = Set<String>()
        for line in lines {
            guard let words = ShellWords.split(line), let tool = words.first, tool.hasPrefix("/"),
                  FileManager.default.isExecutableFile(atPath: tool) else { return [] }
            // A file in the driver's own temporary folder that no earlier job writes (a supplementary output
            // map, a response file) exists only while the driver runs: these jobs cannot run without it.
            for (index, word) in words.enumerated() where word.contains("/TemporaryDirectory.") {
                let path = word.hasPrefix("@") ? String(word.dropFirst()) : word
                let isOutput = index > 0 && words[index - 1] == "-o"
                if !isOutput && !produced.contains(path) { return [] }
            }
            for (index, word) in words.enumerated() where index > 0 && words[index - 1] == "-o" { produced.insert(word) }
            jobs.append(words.map { DriverJobs.generalize($0, root: root) })
        }
        return jobs
    }

    /// Replaces the scratch folder by the placeholder, and the driver's random temporary folder inside it by
    /// the scratch folder's `tmp`, so one list serves every check.
    static func generalize(_ word: String, root: String) -> String {
        var text = word.replacingOccurrences(of: root, with: placeholder)
        let temporary = placeholder + "/tmp/TemporaryDirectory."
        while let start = text.range(of: temporary) {
            let rest = text[start.upperBound...]
            let end = rest.firstIndex(of: "/") ?? rest.endIndex
            text.replaceSubrange(start.lowerBound..<end, with: placeholder + "/tmp")
        }
        return text
    }

    private func file(_ key: String) -> URL? { folder?.appendingPathComponent("driver-jobs-" + key.prefix(32) + ".json") }

    func stored(_ key: String) -> [[String]]? {
        guard let file = file(key), let data = RegularFile.contents(file.path, limit: Limits.standard.recordBytes),
              let entry = try? JSONDecoder().decode(Entry.self, from: data),
              entry.seal == Entry.seal(key: key, jobs: entry.jobs) else { return nil }
        return entry.jobs
    }

    func store(_ jobs: [[String]], key: String) {
        guard let file = file(key), let folder,
              (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil,
              let data = try? JSONEncoder().encode(Entry(jobs: jobs, seal: Entry.seal(key: key, jobs: jobs))) else { return }
        try? AtomicFile.write(data, to: file)
    }

    struct Entry: Codable {
        var jobs: [[String]]
        var seal: String

        static func seal(key: String, jobs: [[String]]) -> String {
            var hasher = SHA256()
            hasher.update(field: key)
            for job in jobs { hasher.update(field: job.joined(separator: "\u{1}")) }
            return hasher.hexDigest()
        }
    }
}
