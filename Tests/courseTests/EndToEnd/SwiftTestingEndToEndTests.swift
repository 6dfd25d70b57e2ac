import CourseTestSupport
import Foundation
import XCTest

/// The built binary on the tiny course's Swift Testing exercise: `check`, `check --json` (Exercism v3) and
/// `validate` treat it as they treat an XCTest exercise.
final class SwiftTestingEndToEndTests: EndToEndTestCase {
    func testCheckAndItsJSONReportEachArgument() throws {
        let root = try tinyCopy()
        var run = try course("check", "exercise-4", in: root)
        assertStatus(run, 1)
        assertContains(run.stdout, "✗ exercise-4: Parse a count", "  ✓ reads whole numbers (\"0\", 0)",
                       "  ✗ reads whole numbers (\"7\", 7)",
                       "Expected parsed to equal count, but parsed was 0 and count was 7. - the count written in the text",
                       "1 of 7 tests passed.")

        try solve("exercise-4", in: root)
        run = try course("check", "exercise-4", "--json", in: root)
        assertStatus(run, 0)
        let result = try jsonObject(run.stdout)
        XCTAssertEqual(result["version"] as? Int, 3)
        XCTAssertEqual(result["status"] as? String, "pass")
        let tests = try XCTUnwrap(result["tests"] as? [[String: Any]])
        XCTAssertEqual(tests.map { $0["test_id"] as? String }, [
            "ParseCountTests/readsWholeNumbers(text:count:) [\"0\", 0]", "ParseCountTests/readsWholeNumbers(text:count:) [\"7\", 7]",
            "ParseCountTests/readsWholeNumbers(text:count:) [\"42\", 42]", "ParseCountTests/emptyTextIsAnError()",
            "ParseCountTests/rejectsWhatIsNotACount(text:) [\"4x\"]", "ParseCountTests/rejectsWhatIsNotACount(text:) [\"-3\"]",
            "ParseCountTests/rejectsWhatIsNotACount(text:) [\"seven\"]",
        ])
        XCTAssertTrue(tests.allSatisfy { $0["status"] as? String == "pass" })
    }

    func testValidateGradesTheSwiftTestingExerciseLikeTheOthers() throws {
        let root = try tinyCopy()
        let run = try course("validate", "exercise-4", in: root)
        assertStatus(run, 0)
        XCTAssertTrue(run.stdout.contains("1 solutions pass, 1 starters fail, 1 wrong solutions rejected"), run.stdout)
    }
}
