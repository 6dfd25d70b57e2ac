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

    func testAnEmptySharedValueIsCopiedBeforeItsFirstAppend() {
        let empty = Scores()
        var copy = empty
        copy.append(7)
        XCTAssertEqual(empty.values, [],
                       "appending to a copy of an empty Scores must not add the score to the original: an empty storage is still shared storage")
        XCTAssertEqual(copy.values, [7], "the copy holds the appended score")
    }

    func testACopyOfACopyGetsItsOwnStorageToo() {
        var a = Scores([1])
        var b = a
        b.append(2)
        var c = b
        let before = ScoreStorage.created
        c.append(3)
        XCTAssertEqual(ScoreStorage.created - before, 1,
                       "c was copied from b, so c shares b's storage and its first append must create exactly 1 ScoreStorage; found \(ScoreStorage.created - before). Ask isKnownUniquelyReferenced each time instead of remembering that a copy was already made")
        XCTAssertEqual(b.values, [1, 2], "appending to c must not change b, the value c was copied from")
        XCTAssertEqual(c.values, [1, 2, 3], "c holds its own appended score")
        b[0] = 10
        a[0] = 20
        XCTAssertEqual(a.values, [20], "a keeps only its own change")
        XCTAssertEqual(b.values, [10, 2], "b keeps only its own change")
        XCTAssertEqual(c.values, [1, 2, 3], "c keeps only its own changes")
    }

    func testAValueThatIsNoLongerSharedIsMutatedInPlace() {
        var original = Scores([4, 5])
        var copy = original
        copy.append(6)          // copy takes a private storage; original is alone again
        let before = ScoreStorage.created
        original.append(7)
        original[0] = 40
        XCTAssertEqual(ScoreStorage.created - before, 0,
                       "once its copy has taken a private storage, the original is the only owner of its storage again: its mutations must create 0 ScoreStorage objects; found \(ScoreStorage.created - before)")
        XCTAssertEqual(original.values, [40, 5, 7], "the original has its own changes")
        XCTAssertEqual(copy.values, [4, 5, 6], "the copy is unaffected by the original's changes")
    }

    func testThreeValuesSharingOneStorageEachCopyOnlyWhenStillShared() {
        var a = Scores([1, 2, 3])
        var b = a
        var c = a
        let before = ScoreStorage.created
        b[2] = 30
        XCTAssertEqual(ScoreStorage.created - before, 1, "b shares with a and c: its first write makes 1 private copy")
        c[0] = 10
        XCTAssertEqual(ScoreStorage.created - before, 2, "c still shares with a: its first write makes 1 more private copy (2 in all)")
        a[1] = 20
        XCTAssertEqual(ScoreStorage.created - before, 2,
                       "after b and c took private copies, a owns its storage alone: writing to it must not copy (still 2 in all)")
        XCTAssertEqual(a.values, [1, 20, 3], "a keeps only its own change")
        XCTAssertEqual(b.values, [1, 2, 30], "b keeps only its own change")
        XCTAssertEqual(c.values, [10, 2, 3], "c keeps only its own change")
        XCTAssertEqual(a.count, 3, "count reads the number of scores")
    }
}
