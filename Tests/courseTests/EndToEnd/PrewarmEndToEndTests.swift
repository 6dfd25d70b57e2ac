import CourseTestSupport
import Foundation
import XCTest

/// `course prewarm` on the real binary: the suite is compiled for the starter's interface, and the first
/// check of a file that only fills in bodies compiles no suite (no new entry in the suite-object cache).
final class PrewarmEndToEndTests: EndToEndTestCase {
    func suiteEntries(_ root: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".course/cache/suites").path)) ?? [])
            .filter { !$0.hasPrefix(".") }
    }

    func testPrewarmThenTheFirstCheckReusesTheSuite() throws {
        let root = try tinyCopy()
        let first = try course("prewarm", "exercise-2", in: root)
        assertStatus(first, 0)
        XCTAssertTrue(first.stdout.contains("exercise-2: tests compiled for the starter's interface"), first.stdout)
        XCTAssertEqual(suiteEntries(root).count, 1)
        let again = try course("prewarm", "exercise-2", in: root)
        XCTAssertTrue(again.stdout.contains("exercise-2: already prewarmed."), again.stdout)

        try solve("exercise-2", in: root)
        assertStatus(try course("check", "exercise-2", in: root), 0)
        XCTAssertEqual(suiteEntries(root).count, 1, "the check reused the prewarmed suite object")
    }

    func testBackgroundPrewarmIsSilentAndABadIdIsAUsageError() throws {
        let root = try tinyCopy()
        let quiet = try course("prewarm", "exercise-1", "--background", in: root)
        assertStatus(quiet, 0)
        XCTAssertEqual(quiet.stdout, "")
        XCTAssertEqual(suiteEntries(root).count, 1)
        let wrong = try course("prewarm", "exercise-99", in: root)
        XCTAssertNotEqual(wrong.status, 0)
        XCTAssertTrue(wrong.stderr.contains("exercise-99"), wrong.stderr)
    }

    /// `--all` prewarms every exercise, one line each, and says which starter cannot be prewarmed and why.
    func testAllSaysOneLinePerExercise() throws {
        let root = try tinyCopy()
        try write("struct Stack<Element> { func push(", to: "Tests/Hidden/exercise-2/starter.swift", in: root)
        let run = try course("prewarm", "--all", in: root)
        assertStatus(run, 0)
        let lines = run.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 4, run.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("exercise-1: tests compiled") }, run.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("exercise-2: not prewarmed (the starter does not build with the tests") }, run.stdout)
        let extra = try course("prewarm", "--all", "exercise-1", in: root)
        assertStatus(extra, 64)
    }
}
