@testable import CourseGrading
@testable import CourseModel
@testable import CourseProcess
import CourseTestSupport
import Foundation
import XCTest

/// The compiler's jobs without the driver: derived from `swiftc -###` once, with the scratch folder as a
/// placeholder; any doubt runs the driver itself.
final class DriverJobsTests: XCTestCase {
    /// `module` differs per test: job lists are remembered per process, keyed by the arguments.
    func compileSpec(_ scratch: URL, swiftc: String, module: String = #function) throws -> ProcessSpec {
        let module = String(module.filter(\.isLetter))
        for folder in ["src", "tmp"] {
            try FileManager.default.createDirectory(at: scratch.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try "public func answer() -> Int { 42 }\n".write(to: scratch.appendingPathComponent("src/a.swift"), atomically: true, encoding: .utf8)
        return ProcessSpec(executable: swiftc, arguments: ["-Onone", "-parse-as-library", "-module-name", module, "-c",
                                                          scratch.appendingPathComponent("src/a.swift").path,
                                                          "-o", scratch.appendingPathComponent("a.o").path],
                           extraEnvironment: ["TMPDIR": scratch.appendingPathComponent("tmp").path])
    }

    func testJobsAreDerivedOnceAndServeAnotherScratchFolder() throws {
        let swiftc = try TestSupport.grader().toolchain.swiftc
        let cache = try TestSupport.temporaryFolder(self)
        let driver = DriverJobs(folder: cache)
        let first = try TestSupport.temporaryFolder(self).appendingPathComponent("check-1")
        let jobs = try XCTUnwrap(driver.jobs(for: try compileSpec(first, swiftc: swiftc), scratch: first))
        XCTAssertEqual(jobs.count, 1, "one frontend job for one file")
        XCTAssertTrue(jobs[0][0].hasSuffix("swift-frontend"), jobs[0][0])
        XCTAssertTrue(jobs[0].contains(first.appendingPathComponent("a.o").path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("driver-jobs-") }.count, 1)

        // Another check's folder: the same list, with that folder filled in, and it really compiles.
        let second = try TestSupport.temporaryFolder(self).appendingPathComponent("check-2")
        let spec = try compileSpec(second, swiftc: swiftc)
        let again = try XCTUnwrap(driver.jobs(for: spec, scratch: second))
        XCTAssertFalse(again.joined().contains { $0.contains(first.path) || $0.contains(DriverJobs.placeholder) })
        let result = try driver.run(spec, scratch: second)
        XCTAssertTrue(result.succeeded, result.outputText)
        XCTAssertTrue(FileManager.default.fileExists(atPath: second.appendingPathComponent("a.o").path))
    }

    /// The autolink job: the first time its objects' entries are seen the tool runs; then its output is
    /// written from memory, or from the folder by another process, byte for byte what the tool wrote. An object
    /// that is not ELF, an unknown option or another job leaves it to the tool.
    func testAutolinkOutputIsReplayedByteForByte() throws {
        let swiftc = try TestSupport.grader().toolchain.swiftc
        let folder = try TestSupport.temporaryFolder(self)
        let extract = URL(fileURLWithPath: swiftc).deletingLastPathComponent().appendingPathComponent("swift-autolink-extract").path
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: extract), "no swift-autolink-extract beside swiftc")
        var objects: [String] = []
        for (name, source) in [("a", "import Foundation\npublic func a() -> Date { Date() }\n"), ("b", "public func b() -> Int { 1 }\n")] {
            let path = folder.appendingPathComponent("\(name).swift").path
            try source.write(toFile: path, atomically: true, encoding: .utf8)
            let object = folder.appendingPathComponent("\(name).o").path
            let built = try Subprocess.run(ProcessSpec(executable: swiftc, arguments: ["-parse-as-library", "-module-name", name.uppercased(),
                                                                                    "-c", path, "-o", object], timeout: 300))
            XCTAssertTrue(built.succeeded, built.outputText)
            objects.append(object)
        }
        let cache = folder.appendingPathComponent("cache")
        let real = folder.appendingPathComponent("real.autolink").path
        let first = try XCTUnwrap(AutolinkEntries(job: [extract] + objects + ["-o", real], folder: cache))
        XCTAssertEqual(AutolinkEntries.entries(in: try Data(contentsOf: URL(fileURLWithPath: objects[1])))?.contains("-lswiftCore"), true)
        let ran = try Subprocess.run(ProcessSpec(executable: extract, arguments: objects + ["-o", real], timeout: 60))
        XCTAssertTrue(ran.succeeded, ran.outputText)
        first.remember()
        let expected = try String(contentsOfFile: real, encoding: .utf8)
        XCTAssertTrue(expected.contains("-lFoundation\n"), expected)

        let replayed = folder.appendingPathComponent("replayed.autolink").path
        XCTAssertTrue(try XCTUnwrap(AutolinkEntries(job: [extract] + objects + ["-o", replayed], folder: cache)).replay())
        XCTAssertEqual(try String(contentsOfFile: replayed, encoding: .utf8), expected)
        let kept = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasPrefix("autolink-") })
        XCTAssertTrue(try String(contentsOfFile: cache.appendingPathComponent(kept).path, encoding: .utf8).hasSuffix(expected))

        XCTAssertFalse(try XCTUnwrap(AutolinkEntries(job: [extract, objects[1], objects[0], "-o", replayed], folder: cache)).replay(),
                       "these entries in this order were never seen: the tool runs")
        let notAnObject = folder.appendingPathComponent("notes.o").path
        try "not ELF".write(toFile: notAnObject, atomically: true, encoding: .utf8)
        XCTAssertNil(AutolinkEntries(job: [extract, objects[0], notAnObject, "-o", replayed], folder: cache))
        XCTAssertNil(AutolinkEntries(job: [extract, "--unknown", objects[0], "-o", replayed], folder: cache))
        XCTAssertNil(AutolinkEntries(job: ["/usr/bin/clang", objects[0], "-o", replayed], folder: cache))
    }

    func testACompileErrorReadsAsFromTheDriver() throws {
        let swiftc = try TestSupport.grader().toolchain.swiftc
        let scratch = try TestSupport.temporaryFolder(self).appendingPathComponent("check")
        let spec = try compileSpec(scratch, swiftc: swiftc)
        try "public func answer() -> Int { \"no\" }\n".write(to: scratch.appendingPathComponent("src/a.swift"), atomically: true, encoding: .utf8)
        let viaJobs = try DriverJobs(folder: nil).run(spec, scratch: scratch)
        let viaDriver = try Subprocess.run(spec)
        XCTAssertFalse(viaJobs.succeeded)
        XCTAssertEqual(Diagnostic.parse(viaJobs.outputText).map(\.message), Diagnostic.parse(viaDriver.outputText).map(\.message))
        XCTAssertFalse(Diagnostic.parse(viaJobs.outputText).isEmpty, viaJobs.outputText)
    }

    /// A compiler that is a script (a wrapper, a fake), or prints no usable jobs, is run as it is.
    func testAnythingUnexpectedRunsTheDriverItself() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let fake = folder.appendingPathComponent("swiftc")
        try "#!/bin/sh\nfor a in \"$@\"; do [ \"$a\" = '-###' ] && { echo 'relative-tool -c x'; exit 0; }; done\necho ran-the-driver; exit 3\n"
            .write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let scratch = folder.appendingPathComponent("check")
        let spec = try compileSpec(scratch, swiftc: fake.path)
        XCTAssertNil(DriverJobs(folder: folder).jobs(for: spec, scratch: scratch), "a script is always run as it is")
        XCTAssertEqual(DriverJobs(folder: folder).derive(spec, root: scratch.path), [], "a job that is not an absolute path is never run")
        let result = try DriverJobs(folder: folder).run(spec, scratch: scratch)
        XCTAssertEqual(result.termination, .exited(3))
        XCTAssertTrue(result.outputText.contains("ran-the-driver"))
    }

    /// A damaged or forged entry on disk is never run: its seal does not match.
    func testADamagedEntryIsIgnored() throws {
        let swiftc = try TestSupport.grader().toolchain.swiftc
        let cache = try TestSupport.temporaryFolder(self)
        let scratch = try TestSupport.temporaryFolder(self).appendingPathComponent("check")
        let spec = try compileSpec(scratch, swiftc: swiftc)
        let root = scratch.standardizedFileURL.path
        let key = DriverJobs.key(executable: spec.executable, arguments: spec.arguments.map { $0.replacingOccurrences(of: root, with: DriverJobs.placeholder) },
                                 environment: spec.extraEnvironment, root: root)
        let driver = DriverJobs(folder: cache)
        driver.store([["/bin/echo", "forged"]], key: key)
        XCTAssertEqual(driver.stored(key), [["/bin/echo", "forged"]], "a well-sealed entry is read back")
        let file = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasPrefix("driver-jobs-") })
        let forged = try String(contentsOf: cache.appendingPathComponent(file), encoding: .utf8).replacingOccurrences(of: "forged", with: "hacked")
        try forged.write(to: cache.appendingPathComponent(file), atomically: true, encoding: .utf8)
        XCTAssertNil(driver.stored(key), "an entry whose seal does not match is not used")
    }
}

extension DriverJobsTests {
    /// With several files the driver would pass a file map it writes only while it runs; asked with a high
    /// file-list threshold it passes flags instead, so a four-file compile runs without the driver too.
    func testAFourFileCompileRunsWithoutTheDriver() throws {
        let swiftc = try TestSupport.grader().toolchain.swiftc
        let scratch = try TestSupport.temporaryFolder(self).appendingPathComponent("check")
        var spec = try compileSpec(scratch, swiftc: swiftc)
        var files: [String] = []
        for name in ["b", "c", "d"] {
            let file = scratch.appendingPathComponent("src/\(name).swift")
            try "public func \(name)() -> Int { 1 }\n".write(to: file, atomically: true, encoding: .utf8)
            files.append(file.path)
        }
        let source = spec.arguments.firstIndex(of: "-c")! + 1
        spec.arguments.insert(contentsOf: ["-wmo"] + files, at: source + 1)
        let driver = DriverJobs(folder: try TestSupport.temporaryFolder(self))
        let jobs = try XCTUnwrap(driver.jobs(for: spec, scratch: scratch))
        XCTAssertEqual(jobs.count, 1, "\(jobs)")
        XCTAssertFalse(jobs.joined().contains { $0.contains("TemporaryDirectory.") || $0.contains("file-map") }, "\(jobs)")
        XCTAssertEqual(jobs.first?.filter { $0.hasSuffix(".swift") }.count, 4, "every file on the frontend's command line")
        let result = try driver.run(spec, scratch: scratch)
        XCTAssertTrue(result.succeeded, result.outputText)
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("a.o").path))
    }

    /// Two exercises' compiles that differ only in the folders outside the scratch folder (an include folder, a
    /// module folder) share one job list: asked of the driver once, each filled in with its own folders.
    func testCallsThatDifferOnlyInOutsideFoldersShareOneJobList() throws {
        let swiftc = try TestSupport.grader().toolchain.swiftc
        let cache = try TestSupport.temporaryFolder(self)
        let driver = DriverJobs(folder: cache)
        var jobLists: [[[String]]] = []
        for exercise in ["exercise-3", "exercise-12"] {
            let outside = try TestSupport.temporaryFolder(self).appendingPathComponent(exercise)
            let support = outside.appendingPathComponent("support")
            try FileManager.default.createDirectory(at: support, withIntermediateDirectories: true)
            try "public func helper() -> Int { 1 }\n".write(to: support.appendingPathComponent("Helper.swift"), atomically: true, encoding: .utf8)
            let scratch = try TestSupport.temporaryFolder(self).appendingPathComponent("check")
            var spec = try compileSpec(scratch, swiftc: swiftc)
            spec.arguments.insert(contentsOf: ["-wmo", "-I", support.path], at: 0)
            spec.arguments.insert(support.appendingPathComponent("Helper.swift").path, at: spec.arguments.firstIndex(of: "-o")!)
            let jobs = try XCTUnwrap(driver.jobs(for: spec, scratch: scratch))
            XCTAssertTrue(jobs.joined().contains(support.path), "\(jobs)")
            XCTAssertTrue(jobs.joined().contains(support.appendingPathComponent("Helper.swift").path), "\(jobs)")
            XCTAssertFalse(jobs.joined().contains { $0.contains("/@COURSE-") }, "\(jobs)")
            let result = try driver.run(spec, scratch: scratch)
            XCTAssertTrue(result.succeeded, result.outputText)
            jobLists.append(jobs)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("driver-jobs-") }.count, 1,
                       "one question to the driver for both")
        XCTAssertNotEqual(jobLists[0], jobLists[1])
    }

    func testFoldersAreSlotsOnlyAsWholePathsAndComeBackTheSame() {
        var slots = DriverPathSlots(toolchainRoot: "/opt/swift/usr")
        XCTAssertEqual(slots.generalize(argument: "/course/Tests/Hidden/exercise-7/support"), "/@COURSE-PATH-0@/support")
        XCTAssertEqual(slots.generalize(argument: "/course/.course/cache/harness/ab12/CourseHarness.o"), "/@COURSE-PATH-1@/CourseHarness.o")
        XCTAssertEqual(slots.generalize(argument: "/course/Tests/Hidden/exercise-7/x.swift"), "/@COURSE-PATH-0@/x.swift", "one slot per folder")
        XCTAssertEqual(slots.generalize(argument: "/opt/swift/usr/lib/swift/linux"), "/opt/swift/usr/lib/swift/linux", "the toolchain's own paths stay")
        XCTAssertEqual(slots.generalize(argument: "-Onone"), "-Onone")
        XCTAssertEqual(slots.generalize(argument: "/@COURSE-SCRATCH@/a.o"), "/@COURSE-SCRATCH@/a.o")
        XCTAssertEqual(slots.generalize(job: "/course/Tests/Hidden/exercise-7"), "/@COURSE-PATH-0@")
        XCTAssertEqual(slots.generalize(job: "-fmodule-map-file=/course/Tests/Hidden/exercise-7/support/module.modulemap"),
                       "-fmodule-map-file=/@COURSE-PATH-0@/support/module.modulemap")
        XCTAssertEqual(slots.generalize(job: "/course/Tests/Hidden/exercise-70/a.o"), "/course/Tests/Hidden/exercise-70/a.o",
                       "a longer name that starts like a folder is not that folder")
        for word in ["/course/Tests/Hidden/exercise-7/support", "-I/course/.course/cache/harness/ab12/sub", "plain"] {
            XCTAssertEqual(slots.fill(slots.generalize(job: word)), word)
        }
    }
}
