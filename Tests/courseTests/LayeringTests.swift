import CourseProcess
import CourseTestSupport
import Foundation
import XCTest

/// The library is a one-way stack of targets (ARCHITECTURE.md). `Package.swift` declares exactly these
/// dependencies, and a build with `--explicit-target-dependency-import-check error` (as `.ci/run` builds)
/// fails when a target imports one it does not declare: an upward or sideways import does not build.
final class LayeringTests: XCTestCase {
    /// Each library target and the targets it may import: only ones listed before it.
    static let layers: [(target: String, imports: [String])] = [
        ("CourseModel", []),
        ("CourseMarkdown", []),
        ("CourseProcess", ["CourseModel"]),
        ("CourseGrading", ["CourseModel", "CourseProcess"]),
        ("CourseAuthoring", ["CourseModel", "CourseProcess", "CourseGrading"]),
        ("CourseClassroom", ["CourseModel", "CourseProcess", "CourseGrading"]),
        ("CourseTerminal", ["CourseModel", "CourseMarkdown", "CourseGrading", "CourseAuthoring", "CourseClassroom"]),
        ("CourseCLI", ["CourseModel", "CourseProcess", "CourseGrading", "CourseAuthoring", "CourseClassroom", "CourseTerminal"]),
        ("course", ["CourseCLI", "CourseProcess"]),
    ]

    /// Imports that break the stack: up, sideways, and into the two targets that import nothing of ours.
    static let forbidden: [(target: String, imports: String)] = [
        ("CourseModel", "CourseProcess"),
        ("CourseMarkdown", "CourseModel"),
        ("CourseProcess", "CourseGrading"),
        ("CourseGrading", "CourseAuthoring"),
        ("CourseAuthoring", "CourseClassroom"),
        ("CourseClassroom", "CourseAuthoring"),
        ("CourseTerminal", "CourseCLI"),
    ]

    private func swift() throws -> String {
        try XCTUnwrap(Subprocess.which("swift", path: ProcessInfo.processInfo.environment["PATH"]), "swift is not on PATH")
    }

    /// The package's manifest in a temporary folder, each target's Swift sources replaced by one small file with
    /// no imports (the files `Package.swift` embeds are kept): SwiftPM run on the repository itself would wait
    /// for the lock that the running `swift test` holds on its `.build`, and the check needs only the targets'
    /// graph and imports, not their code, so building the copy takes seconds instead of minutes.
    private func packageCopy() throws -> URL {
        let copy = try TestSupport.temporaryFolder(self).appendingPathComponent("package")
        let fm = FileManager.default
        let root = TestSupport.packageRoot
        try fm.createDirectory(at: copy, withIntermediateDirectories: true)
        try fm.copyItem(at: root.appendingPathComponent("Package.swift"), to: copy.appendingPathComponent("Package.swift"))
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        for target in Self.layers.map(\.target) {
            let sources = root.appendingPathComponent("Sources/\(target)")
            let stubbed = copy.appendingPathComponent("Sources/\(target)")
            try fm.createDirectory(at: stubbed, withIntermediateDirectories: true)
            let files = fm.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
            for file in files where !file.hasSuffix(".swift") || manifest.contains("\"\(file)\"") {
                var isFolder: ObjCBool = false
                guard fm.fileExists(atPath: sources.appendingPathComponent(file).path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
                let destination = stubbed.appendingPathComponent(file)
                try fm.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fm.copyItem(at: sources.appendingPathComponent(file), to: destination)
            }
            let stub = target == "course" ? "main.swift" : "Stub.swift"
            try "let stub\(target) = 0\n".write(to: stubbed.appendingPathComponent(stub), atomically: true, encoding: .utf8)
        }
        return copy
    }

    func testPackageDeclaresExactlyTheLayers() throws {
        let dump = Process()  // its own stdout: the JSON, without the warnings a merged stream would mix in
        dump.executableURL = URL(fileURLWithPath: try swift())
        dump.arguments = ["package", "dump-package", "--package-path", try packageCopy().path]
        let out = Pipe()
        dump.standardOutput = out
        try dump.run()
        let json = out.fileHandleForReading.readDataToEndOfFile()
        dump.waitUntilExit()
        XCTAssertEqual(dump.terminationStatus, 0)
        let package = try XCTUnwrap(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let targets = try XCTUnwrap(package["targets"] as? [[String: Any]])
        var declared: [String: [String]] = [:]
        for target in targets where target["type"] as? String != "test" {
            let dependencies = target["dependencies"] as? [[String: Any]] ?? []
            declared[target["name"] as? String ?? ""] = dependencies.compactMap { ($0["byName"] as? [Any])?.first as? String }
        }
        declared["CourseTestSupport"] = nil
        XCTAssertEqual(declared, Dictionary(uniqueKeysWithValues: Self.layers.map { ($0.target, $0.imports) }))
    }

    func testAnImportAgainstTheStackFailsTheBuild() throws {
        let copy = try packageCopy()
        // The check reads every target's imports before building, but skips a target whose generated sources
        // do not exist yet (CourseGrading's embedded harness, CourseClassroom's Gradescope scripts, CourseAuthoring's
        // templates): build CourseClassroom (which builds CourseGrading) and CourseAuthoring once, then check.
        XCTAssertFalse(FileManager.default.fileExists(atPath: copy.appendingPathComponent("Sources/CourseGrading/Grader.swift").path),
                       "the copy's targets are stubs")
        func check(building target: String) throws -> ProcessResult {
            try Subprocess.run(ProcessSpec(executable: try swift(),
                                           arguments: ["build", "--package-path", copy.path, "--explicit-target-dependency-import-check", "error",
                                                       "--target", target],
                                           timeout: 900))
        }
        for target in ["CourseClassroom", "CourseAuthoring"] {
            let clean = try check(building: target)
            XCTAssertTrue(clean.succeeded, "the package as it is must pass the check: \(clean.outputText)")
        }

        for (target, imported) in Self.forbidden {
            try "import \(imported)\n".write(to: copy.appendingPathComponent("Sources/\(target)/UpwardImport.swift"), atomically: true, encoding: .utf8)
        }
        let broken = try check(building: "CourseModel")
        XCTAssertFalse(broken.succeeded, broken.outputText)
        for (target, imported) in Self.forbidden {
            XCTAssertTrue(broken.outputText.contains("Target \(target) imports another target (\(imported))"),
                          "\(target) importing \(imported) was not refused: \(broken.outputText)")
        }
    }
}
