import CourseModel
import CourseProcess
import Foundation
import Synchronization

/// A support module of the test program, compiled once and cached: the harness (once per toolchain, flags
/// and harness source) and an exercise's reference solution (`ReferenceModule`).
struct HarnessModule {
    /// The folder holding `<Name>.swiftmodule` and `<Name>.o`.
    var folder: URL
    var name: String
    /// Signs the object and module file (HMAC under a key the tests cannot read, when one is given).
    var seal: CacheSeal = .unkeyed

    var object: String { folder.appendingPathComponent("\(name).o").path }

    /// Returns the cached module, building it first if needed. Concurrent checks may both build it;
    /// the first rename wins and the other copy is discarded, so no reader sees a half-built module.
    /// The exercise's support folder is not on its include path: the harness imports no exercise module, so
    /// one build serves every exercise with the same flags and frameworks (a cold `validate` built one per
    /// support folder: 14 builds of several seconds each for the shipped course).
    static func ensure(harness: TestHarness, toolchain: Toolchain, swiftFlags: [String],
                       cacheRoot: URL, scratch: URL, defines: [String] = [], seal: CacheSeal = .unkeyed,
                       driver: DriverJobs? = nil) throws -> HarnessModule {
        let source = harness.supportSource()
        let swiftFlags = swiftFlags + defines.flatMap { ["-D", $0] }
        var hasher = SHA256()
        hasher.update(field: "harness 1 \(CourseFormat.toolVersion)")
        hasher.update(field: toolchain.identity)
        hasher.update(field: swiftFlags.joined(separator: "\u{1}"))
        hasher.update(field: source)
        hasher.update(field: seal.mode)
        let key = String(hasher.hexDigest().prefix(24))
        return try ensure(name: harness.supportModuleName, key: key, sources: [(harness.supportModuleName, source)],
                          arguments: ["-Onone"] + swiftFlags + ["-parse-as-library"],
                          toolchain: toolchain, cacheRoot: cacheRoot, scratch: scratch, scratchFolder: "harness", seal: seal,
                          driver: driver) { output in
            GradeReportFailure(report: .error("", .harness,
                "The test harness does not compile with this exercise's settings (a bug in course, please report it):\n\(output)"))
        }
    }

    /// A module compiled from `sources` (name and text) with `arguments`, kept under `cacheRoot/key` and
    /// sealed (or, when the cache cannot be written, built in `scratchFolder` of the scratch folder); `finish` may change the object before it is sealed (nil: it failed). `failure` gets the first
    /// lines of the compiler's output when it does not compile.
    static func ensure(name: String, key: String, sources: [(String, String)], arguments: [String],
                       toolchain: Toolchain, cacheRoot: URL, scratch: URL, scratchFolder: String? = nil, seal: CacheSeal = .unkeyed,
                       driver: DriverJobs? = nil, finish: (HarnessModule) -> Bool = { _ in true },
                       failure: (String) -> GradeReportFailure) throws -> HarnessModule {
        let cached = HarnessModule(folder: cacheRoot.appendingPathComponent(key), name: name, seal: seal)
        if cached.isIntact { return cached }
        return try BuildGate.shared.once("module " + cached.folder.path) {
            try build(cached, sources: sources, arguments: arguments, toolchain: toolchain, cacheRoot: cacheRoot, scratch: scratch,
                      scratchFolder: scratchFolder, driver: driver, finish: finish, failure: failure)
        }
    }

    /// `ensure`'s build, one thread at a time per module: `cached` again first (another thread may have built it meanwhile).
    private static func build(_ cached: HarnessModule, sources: [(String, String)], arguments: [String],
                              toolchain: Toolchain, cacheRoot: URL, scratch: URL, scratchFolder: String?, driver: DriverJobs?,
                              finish: (HarnessModule) -> Bool, failure: (String) -> GradeReportFailure) throws -> HarnessModule {
        let fm = FileManager.default
        let name = cached.name, seal = cached.seal
        if cached.isIntact { return cached }
        // Missing, half-written or damaged: rebuilt, never trusted and never a permanent error.
        try? fm.removeItem(at: cached.folder)
        removeStaleBuilds(in: cacheRoot)

        // Build in a private folder; publish it with one rename. Fall back to the scratch folder
        // when the cache cannot be written (a read-only course).
        var building = cacheRoot.appendingPathComponent(".building-\(UUID().uuidString)")
        var publish = true
        if (try? fm.createDirectory(at: building, withIntermediateDirectories: true)) == nil {
            building = scratch.appendingPathComponent(scratchFolder ?? "module-\(name)")
            try? fm.createDirectory(at: building, withIntermediateDirectories: true)
            publish = false
        }
        let module = HarnessModule(folder: building, name: name, seal: seal)
        var paths: [String] = []
        for (index, (file, text)) in sources.enumerated() {
            let path = building.appendingPathComponent(index == 0 ? "\(file).swift" : "\(index)-\(file).swift").path
            guard fm.createFile(atPath: path, contents: Data(text.utf8)) else {
                throw GradeReportFailure(report: .error("", .harness, "Could not write the module \(name) to \(building.path)."))
            }
            paths.append(path)
        }
        // The driver's temporary folders go inside the scratch folder, which the caller removes.
        try? fm.createDirectory(at: scratch.appendingPathComponent("tmp"), withIntermediateDirectories: true)
        let spec = ProcessSpec(executable: toolchain.swiftc, arguments: arguments + [
            "-wmo", "-no-emit-module-separately-wmo", "-module-name", module.name,
            "-emit-module", "-emit-module-path", module.moduleFile, "-c",
        ] + paths + ["-o", module.object],
        timeout: Limits.standard.compileTimeout, keepOutputBytes: Limits.standard.harnessCompilerOutputBytes, extraEnvironment: CompilerEnvironment.variables(scratch: scratch))
        let result = try driver?.run(spec, scratch: scratch) ?? Subprocess.run(spec)
        guard result.succeeded, finish(module) else {
            if publish { try? fm.removeItem(at: building) }
            throw failure(result.outputText.split(separator: "\n").prefix(10).joined(separator: "\n"))
        }
        guard module.sealIfBuilt() else {
            if publish { try? fm.removeItem(at: building) }
            throw GradeReportFailure(report: .error("", .toolchain,
                "\(toolchain.swiftc) reported success but wrote no object file. Check your Swift installation "
                    + "(or COURSE_SWIFTC, if you set it) with 'swiftc --version'."))
        }
        guard publish else { return module }
        if rename(building.path, cached.folder.path) == 0 { return cached }
        if cached.isIntact {  // another check published it first
            try? fm.removeItem(at: building)
            return cached
        }
        return module  // left in place; removed as stale by a later check
    }

    var moduleFile: String { folder.appendingPathComponent("\(name).swiftmodule").path }
    var sealFile: String { folder.appendingPathComponent("seal").path }

    /// A digest over the object and the module file, written once they are built.
    var digest: String? {
        guard let object = FileManager.default.contents(atPath: object),
              let module = FileManager.default.contents(atPath: moduleFile), !object.isEmpty, !module.isEmpty else { return nil }
        return seal.sign { hasher in
            hasher.update(field: String(object.count))
            hasher.update(object)
            hasher.update(module)
        }
    }

    /// Both files exist and still match the digest recorded when they were built. A module checked once in
    /// this process is not read again while its three files keep their exact identity (`FileIdentity.exact`:
    /// a rewrite changes it) and the seal its key: `validate` checked the harness's half a megabyte before every grading.
    var isIntact: Bool {
        let identity = [object, moduleFile, sealFile].map { FileIdentity.exact($0) ?? "-" }.joined(separator: "|")
            + "|" + seal.sign { $0.update(field: "verified in this process") }
        if HarnessModule.verified.withLock({ $0.contains(identity) }) { return true }
        guard let sealed = FileManager.default.contents(atPath: sealFile), let digest,
              String(decoding: sealed, as: UTF8.self) == digest else { return false }
        if !identity.contains("-|") { HarnessModule.verified.withLock { _ = $0.insert(identity) } }
        return true
    }
    private static let verified = Mutex<Set<String>>([])

    /// Records the digest; false when the compiler wrote nothing.
    func sealIfBuilt() -> Bool {
        guard let digest else { return false }
        return FileManager.default.createFile(atPath: sealFile, contents: Data(digest.utf8))
    }

    /// Private build folders older than `Limits.staleBuildSeconds` (ten minutes) belong to checks that were killed or lost a race.
    static func removeStaleBuilds(in root: URL) {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: root.path)) ?? [] where name.hasPrefix(".building-") {
            let url = root.appendingPathComponent(name)
            let modified = (try? fm.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? nil
            if let modified, Date().timeIntervalSince(modified) > Limits.standard.staleBuildSeconds { try? fm.removeItem(at: url) }
        }
    }
}
