import CourseModel
import CourseTestSupport
import XCTest

final class EditDistanceTests: XCTestCase {
    func testDistances() {
        let table: [(String, String, Int)] = [
            ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("same", "same", 0),
            ("kitten", "sitting", 3), ("flaw", "lawn", 2), ("chek", "check", 1), ("check", "chekc", 2),
            ("exercise-1", "exercise-12", 1), ("abc", "xyz", 3), ("café", "cafe", 1), ("🙂a", "a", 1),
        ]
        for (a, b, expected) in table {
            XCTAssertEqual(EditDistance.between(a, b), expected, "\(a) → \(b)")
            XCTAssertEqual(EditDistance.between(b, a), expected, "symmetric: \(b) → \(a)")
        }
    }

    func testSuggestionPicksTheClosestPlausibleCandidate() {
        let commands = ["next", "lesson", "list", "check", "watch", "hint", "reset", "solution", "validate", "new"]
        XCTAssertEqual(EditDistance.suggestion(for: "chek", among: commands), "check")
        XCTAssertEqual(EditDistance.suggestion(for: "CHECK", among: commands), "check", "case does not count")
        XCTAssertEqual(EditDistance.suggestion(for: "solutoin", among: commands), "solution")
        XCTAssertEqual(EditDistance.suggestion(for: "validte", among: commands), "validate")
        XCTAssertEqual(EditDistance.suggestion(for: "exercis-1", among: ["exercise-1", "exercise-2", "exercise-3"]), "exercise-1")
    }

    func testNoSuggestionWhenNothingIsClose() {
        XCTAssertNil(EditDistance.suggestion(for: "frobnicate", among: ["check", "list"]))
        XCTAssertNil(EditDistance.suggestion(for: "anything", among: []))
        XCTAssertNil(EditDistance.suggestion(for: "xyz", among: ["abc"]))
    }

    func testAllowanceGrowsWithTheWordLength() {
        // Short words allow two edits; longer ones a third of their length.
        XCTAssertEqual(EditDistance.suggestion(for: "ab", among: ["xy"]), "xy")
        XCTAssertNil(EditDistance.suggestion(for: "abc", among: ["xyz"]))
        XCTAssertEqual(EditDistance.suggestion(for: "abcdefghi", among: ["abcdefxyz"]), "abcdefxyz")
        XCTAssertNil(EditDistance.suggestion(for: "abcdefghi", among: ["abcdewxyz"]))
    }
}
