@testable import CourseGrading
@testable import CourseModel
@testable import CourseProcess
import CourseTestSupport
import Foundation
import XCTest

/// Faults of the toolchain, the machine or the caches are named as such, never blamed on the learner,
/// never cached, and never permanent.
final class FaultRecoveryTests: XCTestCase {
    typealias F = GradingFixtures

    /// A fake compiler: a shell script with `body`, run for every compile.
    func fakeSwiftc(_ body: String) throws -> [String: String] {
        let folder = try TestSupport.temporaryFolder(self)
        let fake = folder.appendingPathComponent("swiftc")
        try "#!/bin/sh\n\(body)\n".write(to: fake, atomically: true, encoding: .utf8)
        chmod(fake.path, 0o755)
        var environment = ProcessInfo.processInfo.environment
        environment["COURSE_SWIFTC"] = fake.path
        return environment
    }

    /// `COURSE_SWIFTC=/bin/true`: every compile "succeeds" and writes nothing.
    func testACompilerThatWritesNothingIsAToolchainError() throws {
        let scratch = try TestSupport.temporaryFolder(self)
        let report = try F.grade(exercise: "exercise-2", submission: F.submission("stack-correct.swift"),
                                 environment: try fakeSwiftc("exit 0"), scratch: scratch)
        XCTAssertEqual(report.status, .error)
        XCTAssertEqual(report.errorKind, .toolchain, report.message ?? "")
        XCTAssertEqual(report.tests, [], "no test is blamed")
        let message = try XCTUnwrap(report.message)
        XCTAssertTrue(message.contains("reported success compiling Exercises/exercise-2.swift but wrote no Submission.o"), message)
        XCTAssertTrue(message.contains("not with your code"), message)
        XCTAssertEqual(F.leftovers(in: scratch), [])
    }

    /// A test program that cannot be executed (as on a noexec mount) is the machine's fault: exit status 126.
    /// In the sandbox the program is copied in execute-only, so there the same build runs and passes.
    func testATestProgramThatCannotBeRunIsAToolchainError() throws {
        let real = try XCTUnwrap(Subprocess.which("swiftc"))
        // The real compiler, but the linked test program loses its execute bit.
        let environment = try fakeSwiftc("""
            "\(real)" "$@" || exit $?
            for last; do :; done
            case "$last" in */runner) chmod 644 "$last" ;; esac
            """)
        for mode in [SandboxMode.off, .require] {
            var grader = Grader(toolchain: try Toolchain.locate(environment: environment), environment: environment,
                                harnessCache: TestSupport.harnessCache, sandbox: mode)
            grader.cache = nil
            let course = try CourseLoader.load(root: TestSupport.tinyCourse)
            let report = grader.grade(course: course, exercise: try course.exercise("exercise-2"),
                                      submission: F.submission("stack-correct.swift"), displayPath: "Exercises/exercise-2.swift")
            if mode == .require {
                XCTAssertEqual(report.status, .pass, "\(mode): \(report.message ?? "") \(F.verdicts(report))")
                continue
            }
            XCTAssertEqual(report.errorKind, .toolchain, "\(mode): \(report.message ?? "") \(F.verdicts(report))")
            XCTAssertEqual(report.tests, [], "\(mode): no test is blamed")
            XCTAssertTrue(report.message?.contains("could not be run") == true, "\(mode): \(report.message ?? "")")
        }
    }

    /// A toolchain error is never stored, so fixing the toolchain fixes the next check.
    func testAToolchainErrorIsNotCached() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let cache = GradeCache(folder: folder.appendingPathComponent("cache"))
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        let exercise = try course.exercise("exercise-2")
        let broken = try fakeSwiftc("exit 0")
        let faulty = Grader(toolchain: try Toolchain.locate(environment: broken), environment: broken, cache: cache,
                            harnessCache: TestSupport.harnessCache)
        XCTAssertEqual(faulty.grade(course: course, exercise: exercise, submission: F.submission("stack-correct.swift"),
                                    displayPath: "Exercises/exercise-2.swift").errorKind, .toolchain)
        let stored = (try? FileManager.default.contentsOfDirectory(atPath: cache.folder.path)) ?? []
        XCTAssertEqual(stored.filter { $0.hasSuffix(".json") }, [])
    }

    /// A harness cache entry whose object is missing or changed is rebuilt, and the check passes.
    func testADamagedHarnessCacheIsRebuilt() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let harnessCache = folder.appendingPathComponent("harness")
        var grader = try TestSupport.grader()
        grader.harnessCache = harnessCache
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        let exercise = try course.exercise("exercise-2")
        func check() -> GradeReport {
            grader.grade(course: course, exercise: exercise, submission: F.submission("stack-correct.swift"),
                         displayPath: "Exercises/exercise-2.swift")
        }
        XCTAssertEqual(check().status, .pass)
        let entries = try FileManager.default.contentsOfDirectory(atPath: harnessCache.path).filter { !$0.hasPrefix(".") }
        XCTAssertEqual(entries.count, 1)
        let entry = harnessCache.appendingPathComponent(entries[0])
        let object = entry.appendingPathComponent("CourseHarness.o")

        try FileManager.default.removeItem(at: object)
        XCTAssertEqual(check().status, .pass, "a missing object is rebuilt")
        XCTAssertTrue(FileManager.default.fileExists(atPath: object.path))

        try Data("not an object".utf8).write(to: object)
        XCTAssertEqual(check().status, .pass, "a replaced object is rebuilt, not linked")
        let seal = CacheSeal.load(folder: harnessCache, sandboxed: grader.sandboxDecision.sandbox != nil)
        XCTAssertTrue(HarnessModule(folder: entry, name: "CourseHarness", seal: seal).isIntact)
        XCTAssertFalse(HarnessModule(folder: entry, name: "CourseHarness").isIntact, "sealed with the key, not a plain digest")

        // Checked once in this process, then one byte changed in place with its modification time put back:
        // the module is read and checked again, and is not intact.
        let module = HarnessModule(folder: entry, name: "CourseHarness", seal: seal)
        XCTAssertTrue(module.isIntact)
        let modified = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: object.path)[.modificationDate] as? Date)
        var bytes = try Data(contentsOf: object)
        bytes[bytes.count / 2] ^= 0xFF
        let handle = try FileHandle(forWritingTo: object)
        try handle.write(contentsOf: bytes)
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: object.path)
        XCTAssertFalse(module.isIntact, "a module changed since it was checked is checked again")
        XCTAssertEqual(check().status, .pass, "and rebuilt")
    }

    /// A cached report that was edited, truncated or written by someone else is discarded.
    func testAForgedOrDamagedCachedReportIsIgnored() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let cache = GradeCache(folder: folder)
        let failing = GradeReport(exercise: "exercise-2", status: .fail, tests: [F.passed(F.popEmpty)])
        cache.store(failing, key: "k")
        XCTAssertEqual(cache.lookup("k"), failing)

        let path = folder.appendingPathComponent("k.json")
        let stored = try String(contentsOf: path, encoding: .utf8)
        // Forge: a pass with the old digest.
        let pass = try JSONEncoder().encode(GradeReport(exercise: "exercise-2", status: .pass, tests: [F.passed(F.popEmpty)]))
        let entry = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(stored.utf8)) as? [String: Any])
        let forged: [String: Any] = ["digest": entry["digest"] ?? "", "report": pass.base64EncodedString()]
        try JSONSerialization.data(withJSONObject: forged).write(to: path)
        XCTAssertNil(cache.lookup("k"), "a report that does not match its digest is not used")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path.path), "and it is removed")

        cache.store(failing, key: "k")
        try Data(stored.utf8.prefix(40)).write(to: path)
        XCTAssertNil(cache.lookup("k"), "a truncated entry is not used")
        // A plain report from an older version of the tool is not used either.
        try JSONEncoder().encode(failing).write(to: path)
        XCTAssertNil(cache.lookup("k"))
    }

    /// Reports are bounded: a 2 MB string inside a failing assertion becomes 4,000 characters and a note.
    func testAHugeFailureMessageIsCut() throws {
        let course = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        try """
            import XCTest

            final class HugeTests: XCTestCase {
                func testPeekOfStrings() {
                    var stack = Stack<String>()
                    stack.push("a")
                    XCTAssertEqual(stack.peek, "a", "peek shows the last string pushed")
                }
            }
            """.write(to: course.appendingPathComponent("Tests/Hidden/exercise-2/tests/HugeTests.swift"), atomically: true, encoding: .utf8)
        let report = try TestSupport.grade(course: course, exercise: "exercise-2", submission: F.submission("attack-huge-message.swift"))
        let huge = try XCTUnwrap(report.tests.first { $0.id == "HugeTests/testPeekOfStrings" })
        XCTAssertEqual(huge.status, .fail)
        let message = try XCTUnwrap(huge.message)
        XCTAssertLessThan(message.count, ReportLimits.perTest + 300)
        XCTAssertTrue(message.hasPrefix("peek shows the last string pushed\n  expected: \"a\"\n  actual:   \"xxxx"), String(message.prefix(80)))
        XCTAssertTrue(message.contains("… (cut here:"), String(message.suffix(120)))
    }

    func testBoundedLeavesShortTextAlone() {
        let report = GradeReport(exercise: "e", status: .fail, message: "short",
                                 tests: [GradeReport.TestResult(id: "A/b", name: "b", status: .fail, message: "m", output: "o")])
        XCTAssertEqual(report.bounded(), report)
        XCTAssertEqual(ReportLimits.cut(String(repeating: "y", count: 10_000), 100).count,
                       100 + "\n… (cut here: 9900 more characters not shown)".count)
    }
}
