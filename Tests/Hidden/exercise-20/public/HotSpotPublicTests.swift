import XCTest

final class HotSpotPublicTests: XCTestCase {
    /// [3, 1, 3, 2, 1] gives [3, 1, 2], with a few operations per item, not a scan per item.
    func testUniqueInOrderKeepsItsResultAndIsLinear() {
        XCTAssertEqual(uniqueInOrder([3, 1, 3, 2, 1]), [3, 1, 2], "distinct items in order of first appearance")
        let items = (0..<1_000).map { Counted(($0 * 37) % 500) }
        Counted.operations = 0
        XCTAssertEqual(uniqueInOrder(items).count, 500, "500 distinct values")
        XCTAssertLessThanOrEqual(Counted.operations, 20 * items.count,
                                 "\(Counted.operations) == and hash operations for 1,000 items; at most 20 per item: keep a Set of what was seen")
    }

    /// [5, 1, 4, 1, 9] and [1, 9, 7] give [1, 1, 9], with a few operations per item.
    func testCommonElementsKeepsItsResultAndIsLinear() {
        XCTAssertEqual(commonElements([5, 1, 4, 1, 9], [1, 9, 7]), [1, 1, 9], "left's order and duplicates are kept")
        let left = (0..<1_000).map { Counted($0) }
        let right = (500..<1_500).map { Counted($0) }
        Counted.operations = 0
        XCTAssertEqual(commonElements(left, right).count, 500, "500 values are in both")
        XCTAssertLessThanOrEqual(Counted.operations, 20 * (left.count + right.count),
                                 "\(Counted.operations) == and hash operations for 2,000 items; at most 20 per item: look right's items up in a Set")
    }
}
