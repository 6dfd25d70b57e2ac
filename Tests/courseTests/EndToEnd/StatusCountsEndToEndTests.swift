import CourseTestSupport
import Foundation
import XCTest

/// Every screen reads its counts from one `ProgressSummary`: bare `course`, `course list` and
/// `course list --json` agree, also after a passed exercise is reset; the check after a reset is not
/// "unchanged since the last check", even when the cache answers for the starter.
final class StatusCountsEndToEndTests: EndToEndTestCase {
    func progressLine(_ text: String) -> String? {
        text.split(separator: "\n").map(String.init).first { $0.hasPrefix("[") && $0.contains("exercises done") }
    }

    func testStatusListAndJSONAgreeAfterAReset() throws {
        let root = try tinyCopy()
        assertStatus(try course("check", "exercise-1", in: root), 1)  // the starter, now in the grade cache
        for id in ["exercise-1", "exercise-2"] {
            try solve(id, in: root)
            assertStatus(try course("check", id, in: root), 0)
        }
        assertStatus(try course("reset", "exercise-1", in: root), 0)

        let status = try course(in: root, environment: ["NO_COLOR": "1"])
        let list = try course("list", in: root, environment: ["NO_COLOR": "1"])
        let json = try jsonObject(try course("list", "--json", in: root).stdout)
        let expected = "[#####---------------] 1 of 4 exercises done (25%), 1 changed since it passed"
        XCTAssertEqual(progressLine(status.stdout), expected, status.stdout)
        XCTAssertEqual(progressLine(list.stdout), expected, list.stdout)
        XCTAssertEqual(json["done"] as? Int, 1)
        XCTAssertEqual(json["total"] as? Int, 4)

        // The cache answers for the starter, but the last check was of the solution: nothing is "unchanged".
        let afterReset = try course("check", "exercise-1", in: root)
        assertStatus(afterReset, 1)
        XCTAssertFalse(afterReset.stdout.contains("unchanged since the last check"), afterReset.stdout)
        assertContains(try course("check", "exercise-1", in: root).stdout, "(unchanged since the last check)")
    }
}
