import XCTest

final class ScoresPublicTests: XCTestCase {
    /// Appending to a copy leaves the original's numbers as they were.
    func testACopyGetsItsOwnNumbersWhenItChanges() {
        let original = Scores([1, 2])
        var copy = original
        copy.append(3)
        XCTAssertEqual(original.values, [1, 2], "like `var b = a; b.append(3)` on an Array: the original must stay [1, 2]")
        XCTAssertEqual(copy.values, [1, 2, 3], "the copy has the appended number")
    }

    /// The first change of a shared value makes exactly one new storage; copying makes none.
    func testOneNewStorageForTheFirstChangeOfASharedValue() {
        let original = Scores([7])
        let before = ScoreStorage.created
        var copy = original
        XCTAssertEqual(ScoreStorage.created - before, 0, "copying a Scores value must create no storage")
        copy[0] = 8
        XCTAssertEqual(ScoreStorage.created - before, 1, "the first change of a shared value must create exactly one storage")
        XCTAssertEqual(original[0], 7, "the original keeps its number")
    }
}
