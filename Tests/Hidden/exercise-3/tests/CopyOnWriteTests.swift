import XCTest

final class CopyOnWriteTests: XCTestCase {
    func testAppendingToACopyLeavesTheOriginalUntouched() {
        var original = Scores([10, 20])
        var copy = original
        copy.append(30)
        XCTAssertEqual(original.values, [10, 20],
                       "appending to a copy must not change the original: the copy needs its own storage before it mutates")
        XCTAssertEqual(copy.values, [10, 20, 30], "the copy should contain the appended score")
        original.append(99)
        XCTAssertEqual(copy.values, [10, 20, 30], "appending to the original must not change the copy either")
    }

    func testSettingAnElementOfACopyLeavesTheOriginalUntouched() {
        let original = Scores([1, 2, 3])
        var copy = original
        copy[1] = 200
        XCTAssertEqual(original.values, [1, 2, 3],
                       "the subscript setter must copy shared storage too, not only append")
        XCTAssertEqual(copy[1], 200, "the copy should hold the new value at index 1")
    }

    func testCopyingAValueCreatesNoNewStorage() {
        let original = Scores([1, 2, 3])
        let before = ScoreStorage.created
        let copy = original
        let another = copy
        XCTAssertEqual(ScoreStorage.created - before, 0,
                       "copying a Scores value must only copy the reference: no ScoreStorage should be created until someone mutates")
        XCTAssertEqual(another.values, [1, 2, 3], "copies read the same scores")
    }

    func testMutatingAUniqueValueCreatesNoNewStorage() {
        var scores = Scores([5])
        let before = ScoreStorage.created
        for i in 0..<50 { scores.append(i) }
        scores[0] = 6
        XCTAssertEqual(ScoreStorage.created - before, 0,
                       "50 appends and one subscript set on a value nobody else shares must create 0 new ScoreStorage objects; found \(ScoreStorage.created - before): check uniqueness with isKnownUniquelyReferenced(&storage) and copy only when it is false")
        XCTAssertEqual(scores.count, 51, "all 50 appended scores should be there")
        XCTAssertEqual(scores[0], 6, "the subscript set should have replaced the first score")
    }

    func testTheFirstMutationOfASharedValueCopiesExactlyOnce() {
        let original = Scores([1, 2])
        var copy = original
        let before = ScoreStorage.created
        copy.append(3)
        XCTAssertEqual(ScoreStorage.created - before, 1,
                       "the first append to a shared value must create exactly 1 ScoreStorage (its private copy); found \(ScoreStorage.created - before)")
        copy.append(4)
        copy[0] = 100
        XCTAssertEqual(ScoreStorage.created - before, 1,
                       "once the copy owns its storage, further mutations must not copy again; total copies should stay at 1, found \(ScoreStorage.created - before)")
        XCTAssertEqual(original.values, [1, 2], "the original keeps its scores")
        XCTAssertEqual(copy.values, [100, 2, 3, 4], "the copy has all its changes")
    }
}
