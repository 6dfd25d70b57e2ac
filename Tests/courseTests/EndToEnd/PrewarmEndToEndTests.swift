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
}
