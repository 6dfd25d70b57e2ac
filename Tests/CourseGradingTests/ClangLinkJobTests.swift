@testable import CourseGrading
@testable import CourseModel
@testable import CourseProcess
import CourseTestSupport
import Foundation
import XCTest

/// A link runs as the `ld.lld` command clang would start, remembered from `clang -###`; a link error still
/// reads as clang's, and a remembered command that no longer works is forgotten.
final class ClangLinkJobTests: XCTestCase {
    /// A program's object and a `swiftc -use-ld=lld` link of it in `scratch`.
    /// The program is named after the test: remembered commands are per process and keyed by the arguments.
    func linkSpec(_ scratch: URL, swiftc: String, source: String, name: String = #function) throws -> ProcessSpec {
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("tmp"), withIntermediateDirectories: true)
        let file = scratch.appendingPathComponent("main.swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        let object = scratch.appendingPathComponent("main.o").path
        let built = try Subprocess.run(ProcessSpec(executable: swiftc, arguments: ["-Onone", "-module-name", "Program", "-c", file.path, "-o", object],
                                                   timeout: 300))
        XCTAssertTrue(built.succeeded, built.outputText)
        return ProcessSpec(executable: swiftc, arguments: ["-Onone", "-use-ld=lld", object, "-o", scratch.appendingPathComponent(String(name.filter(\.isLetter))).path],
                           timeout: 300, extraEnvironment: ["TMPDIR": scratch.appendingPathComponent("tmp").path])
    }

    func clangJob(_ driver: DriverJobs, _ spec: ProcessSpec, _ scratch: URL) throws -> [String] {
        let jobs = try XCTUnwrap(driver.jobs(for: spec, scratch: scratch))
        return try XCTUnwrap(jobs.first { URL(fileURLWithPath: $0[0]).lastPathComponent.hasPrefix("clang") }, "\(jobs)")
    }

    func testALinkRunsAsTheLinkerCommandAndTheProgramWorks() throws {
        let swiftc = try TestSupport.grader().toolchain.swiftc
        let cache = try TestSupport.temporaryFolder(self)
        let driver = DriverJobs(folder: cache)
        let first = try TestSupport.temporaryFolder(self).appendingPathComponent("check-1")
        let spec = try linkSpec(first, swiftc: swiftc, source: "print(\"linked \\(6 * 7)\")\n")
        try XCTSkipIf(!spec.arguments.contains("-use-ld=lld") || (try? clangJob(driver, spec, first)) == nil, "this toolchain links without clang")
        XCTAssertTrue(try driver.run(spec, scratch: first).succeeded)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("clang-link-") }.count, 1)

        // Another check: the remembered command, with that check's folder in it, and no clang.
        let second = try TestSupport.temporaryFolder(self).appendingPathComponent("check-2")
        let again = try linkSpec(second, swiftc: swiftc, source: "print(\"linked \\(6 * 7)\")\n")
        XCTAssertTrue(try driver.run(again, scratch: second).succeeded)
        let program = try XCTUnwrap(again.arguments.last)
        let job = try XCTUnwrap(ClangLinkJob(job: try clangJob(driver, again, second), root: second.path, folder: cache))
        let command = try XCTUnwrap(job.linkerCommand(asking: again))
        XCTAssertEqual(URL(fileURLWithPath: command[0]).lastPathComponent, "ld.lld")
        XCTAssertTrue(command.contains(program), "\(command)")
        XCTAssertFalse(command.contains { $0.contains(first.path) || $0.contains(DriverJobs.placeholder) })
        let ran = try Subprocess.run(ProcessSpec(executable: program, arguments: [], timeout: 60))
        XCTAssertEqual(ran.outputText, "linked 42\n")
    }

    /// An undefined symbol fails the direct link, then clang, whose words the learner reads.
    func testALinkErrorReadsAsClangs() throws {
        let swiftc = try TestSupport.grader().toolchain.swiftc
        let driver = DriverJobs(folder: try TestSupport.temporaryFolder(self))
        let scratch = try TestSupport.temporaryFolder(self).appendingPathComponent("check")
        let source = "@_silgen_name(\"course_missing_symbol\") func missing() -> Int\nprint(missing())\n"
        let spec = try linkSpec(scratch, swiftc: swiftc, source: source)
        let viaJobs = try driver.run(spec, scratch: scratch)
        let viaDriver = try Subprocess.run(spec)
        XCTAssertFalse(viaJobs.succeeded)
        XCTAssertTrue(viaJobs.outputText.contains("course_missing_symbol"), viaJobs.outputText)
        XCTAssertEqual(LinkerErrors.undefinedSymbols(in: viaJobs.outputText), LinkerErrors.undefinedSymbols(in: viaDriver.outputText))
    }

    /// A remembered command that fails where clang succeeds (a changed system) gives clang's result, and is forgotten.
    func testAStaleCommandFallsBackToClangAndIsForgotten() throws {
        let swiftc = try TestSupport.grader().toolchain.swiftc
        let cache = try TestSupport.temporaryFolder(self)
        let driver = DriverJobs(folder: cache)
        let scratch = try TestSupport.temporaryFolder(self).appendingPathComponent("check")
        let spec = try linkSpec(scratch, swiftc: swiftc, source: "print(1)\n")
        XCTAssertTrue(try driver.run(spec, scratch: scratch).succeeded)
        let job = try XCTUnwrap(ClangLinkJob(job: try clangJob(driver, spec, scratch), root: scratch.path, folder: cache))
        XCTAssertNotNil(job.linkerCommand(asking: spec))
        // The remembered command now names a start file that is gone.
        let file = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasPrefix("clang-link-") })
        let stale = [["/bin/false"]]
        try JSONEncoder().encode(DriverJobs.Entry(jobs: stale, seal: DriverJobs.Entry.seal(key: job.key, jobs: stale)))
            .write(to: cache.appendingPathComponent(file))
        ClangLinkJob.forgetInMemory(job.key)
        XCTAssertEqual(job.linkerCommand(asking: spec), ["/bin/false"])
        let result = try driver.run(spec, scratch: scratch)
        XCTAssertTrue(result.succeeded, result.outputText)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache.appendingPathComponent(file).path), "the stale command is forgotten")
        XCTAssertNotEqual(job.linkerCommand(asking: spec), ["/bin/false"], "asked of clang again")
    }
}
