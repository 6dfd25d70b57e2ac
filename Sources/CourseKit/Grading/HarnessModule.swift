import CourseModel
import Foundation

/// The harness's support module, compiled once per toolchain, flags and harness source, and cached.
struct HarnessModule {
    /// The folder holding `<Name>.swiftmodule` and `<Name>.o`.
    var folder: URL
    var name: String

    var object: String { folder.appendingPathComponent("\(name).o").path }

    /// Returns the cached module, building it first if needed. Concurrent checks may both build it;
    /// the first rename wins and the other copy is discarded, so no reader sees a half-built module.
    static func ensure(harness: TestHarness, toolchain: Toolchain, swiftFlags: [String], includeFlags: [String],
                       cacheRoot: URL, scratch: URL) throws -> HarnessModule {
        let source = harness.supportSource()
        var hasher = SHA256()
        hasher.update(field: "harness 1 \(CourseFormat.toolVersion)")
        hasher.update(field: toolchain.identity)
        hasher.update(field: swiftFlags.joined(separator: "\u{1}"))
        hasher.update(field: includeFlags.joined(separator: "\u{1}"))
        hasher.update(field: source)
        let key = String(hasher.hexDigest().prefix(24))
        let fm = FileManager.default
        let cached = HarnessModule(folder: cacheRoot.appendingPathComponent(key), name: harness.supportModuleName)
        if fm.fileExists(atPath: cached.object) { return cached }

        // Build in a private folder; publish it with one rename. Fall back to the scratch folder
        // when the cache cannot be written (a read-only course).
        var building = cacheRoot.appendingPathComponent(".building-\(UUID().uuidString)")
        var publish = true
        if (try? fm.createDirectory(at: building, withIntermediateDirectories: true)) == nil {
            building = scratch.appendingPathComponent("harness")
            try? fm.createDirectory(at: building, withIntermediateDirectories: true)
            publish = false
        }
        let module = HarnessModule(folder: building, name: harness.supportModuleName)
        let sourcePath = building.appendingPathComponent("\(module.name).swift").path
        guard fm.createFile(atPath: sourcePath, contents: Data(source.utf8)) else {
            throw GradeReportFailure(report: .error("", .harness, "Could not write the test harness to \(building.path)."))
        }
        let spec = ProcessSpec(executable: toolchain.swiftc, arguments: ["-Onone"] + swiftFlags + includeFlags + [
            "-parse-as-library", "-wmo", "-no-emit-module-separately-wmo", "-module-name", module.name,
            "-emit-module", "-emit-module-path", building.appendingPathComponent("\(module.name).swiftmodule").path,
            "-c", sourcePath, "-o", module.object,
        ], timeout: Limits.standard.compileTimeout, keepOutputBytes: Limits.standard.harnessCompilerOutputBytes)
        let result = try Subprocess.run(spec)
        guard result.succeeded else {
            if publish { try? fm.removeItem(at: building) }
            let head = result.outputText.split(separator: "\n").prefix(10).joined(separator: "\n")
            throw GradeReportFailure(report: .error("", .harness,
                "The test harness does not compile with this exercise's settings (a bug in course, please report it):\n\(head)"))
        }
        guard publish else { return module }
        if rename(building.path, cached.folder.path) != 0 {
            try? fm.removeItem(at: building)  // another check published it first
        }
        return fm.fileExists(atPath: cached.object) ? cached : module
    }
}
