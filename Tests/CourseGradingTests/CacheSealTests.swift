@testable import CourseGrading
@testable import CourseProcess
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// Caches are signed with a key the tests cannot read (`CacheSeal`), one per sandbox mode; running tests
/// without the sandbox destroys the sandboxed key, so a sandboxed check never trusts what such a run wrote.
final class CacheSealTests: XCTestCase {
    /// RFC 4231, test case 2.
    func testTheSealIsHMACSHA256() {
        let seal = CacheSeal(key: Array("Jefe".utf8), mode: "sandboxed")
        XCTAssertEqual(seal.sign { $0.update(Array("what do ya want for nothing?".utf8)) },
                       "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        XCTAssertEqual(CacheSeal.unkeyed.sign { $0.update(Array("abc".utf8)) }, SHA256.hex(Data("abc".utf8)))
    }

    /// A report entry forged with the digest anyone can compute (what a test process could write) is discarded
    /// by a keyed cache, and graded afresh.
    func testAnEntrySealedWithoutTheKeyIsDiscarded() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let forger = GradeCache(folder: folder)
        let forged = GradeReport(exercise: "exercise-2", status: .pass, tests: [])
        forger.store(forged, key: "k")
        XCTAssertEqual(forger.lookup("k")?.status, .pass, "unkeyed, the forgery would be trusted")
        forger.store(forged, key: "k")
        var keyed = GradeCache(folder: folder)
        keyed.seal = CacheSeal.load(folder: folder, sandboxed: true)
        XCTAssertNil(keyed.lookup("k"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("k.json").path), "removed")
        keyed.store(forged, key: "k")
        XCTAssertEqual(keyed.lookup("k")?.status, .pass)
    }

    /// The key file is private (0600), the same on each load, and gone after a revocation.
    func testTheKeyIsKeptPrivateAndRevoked() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let first = CacheSeal.load(folder: folder, sandboxed: true)
        XCTAssertEqual(first.key.count, 32)
        XCTAssertEqual(CacheSeal.load(folder: folder, sandboxed: true), first)
        XCTAssertNotEqual(CacheSeal.load(folder: folder, sandboxed: false).key, first.key)
        let file = CacheSeal.file(in: folder, sandboxed: true).path
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        CacheSeal.revokeSandboxed(in: folder)
        XCTAssertNotEqual(CacheSeal.load(folder: folder, sandboxed: true).key, first.key)
    }

    /// Grading without the sandbox destroys the sandboxed key before any test runs; grading in it makes one.
    func testAnUnsandboxedCheckRevokesTheSandboxedKey() throws {
        var grader = try TestSupport.grader()
        grader.harnessCache = try TestSupport.temporaryFolder(self)
        let key = CacheSeal.file(in: grader.harnessCache, sandboxed: true).path
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        let exercise = try course.exercise("exercise-2")
        grader.sandboxMode = .require
        _ = grader.grade(course: course, exercise: exercise, submission: GradingFixtures.submission("stack-correct.swift"),
                         displayPath: "Exercises/exercise-2.swift")
        XCTAssertTrue(FileManager.default.fileExists(atPath: key))
        grader.sandboxMode = .off
        _ = grader.grade(course: course, exercise: exercise, submission: GradingFixtures.submission("stack-correct.swift"),
                         displayPath: "Exercises/exercise-2.swift")
        XCTAssertFalse(FileManager.default.fileExists(atPath: key))
    }
}
