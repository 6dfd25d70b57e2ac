import XCTest

final class HotSpotTests: XCTestCase {
    /// 2,000 items with 1,000 distinct values in a scrambled, fixed order.
    private let log: [Int] = (0..<2_000).map { ($0 * 7_919) % 1_000 }

    private func counted(_ values: [Int]) -> [Counted] { values.map(Counted.init) }

    func testUniqueInOrderKeepsTheFirstAppearanceOfEachItem() {
        XCTAssertEqual(uniqueInOrder([3, 1, 3, 2, 1]), [3, 1, 2],
                       "distinct items in order of first appearance: [3, 1, 3, 2, 1] -> [3, 1, 2]")
        XCTAssertEqual(uniqueInOrder(["b", "a", "b", "c", "a"]), ["b", "a", "c"],
                       "the same for strings: [b, a, b, c, a] -> [b, a, c]")
        XCTAssertEqual(uniqueInOrder([Int]()), [], "no items, no distinct items")
        XCTAssertEqual(uniqueInOrder([7, 7, 7]), [7], "three equal items are one distinct item")
    }

    func testUniqueInOrderOnALargeLogKeepsFirstAppearanceOrder() {
        var expected: [Int] = []
        var seen = Array(repeating: false, count: 1_000)
        for value in log where !seen[value] {
            seen[value] = true
            expected.append(value)
        }
        let result = uniqueInOrder(log)
        XCTAssertEqual(result.count, 1_000, "the log holds 1,000 distinct values")
        let common: Int = min(result.count, expected.count)
        let firstDifference: Int = (0..<common).first { (i: Int) -> Bool in result[i] != expected[i] } ?? common
        XCTAssertTrue(result == expected,
                      "the distinct values must come out in order of first appearance (a Set alone loses that order): expected \(expected.prefix(8))..., got \(result.prefix(8))..., first difference at position \(firstDifference)")
    }

    func testUniqueInOrderStaysWithinTwentyOperationsPerItem() {
        let items = counted(log)
        Counted.operations = 0
        let result = uniqueInOrder(items)
        let operations = Counted.operations
        XCTAssertEqual(result.count, 1_000, "the log holds 1,000 distinct values")
        XCTAssertLessThanOrEqual(operations, 20 * items.count,
                                 "uniqueInOrder did \(operations) == / hash operations on 2,000 items; the budget is 40,000 (20 per item). A scan of the result per item (Array.contains) is quadratic: use a Set of seen items")
    }

    func testCommonElementsKeepsLeftOrderAndDuplicates() {
        XCTAssertEqual(commonElements([5, 1, 4, 1, 9], [1, 9, 7]), [1, 1, 9],
                       "items of left found in right, in left's order, duplicates kept: [1, 1, 9]")
        XCTAssertEqual(commonElements([1, 2, 3], [Int]()), [], "nothing is common with an empty right side")
        XCTAssertEqual(commonElements([Int](), [1, 2]), [], "nothing is common with an empty left side")
        XCTAssertEqual(commonElements([9, 1, 4], [1, 9]), [9, 1],
                       "the order comes from left, not from right: [9, 1, 4] and [1, 9] -> [9, 1]")
        XCTAssertEqual(commonElements([2, 3, 2], [3, 3, 2, 2]), [2, 3, 2],
                       "duplicates in right add nothing; left's duplicates are kept: [2, 3, 2] and [3, 3, 2, 2] -> [2, 3, 2]")
        XCTAssertEqual(commonElements(["x", "y", "x"], ["x"]), ["x", "x"],
                       "the same for strings: [x, y, x] and [x] -> [x, x]")
    }

    func testCommonElementsStaysWithinTwentyOperationsPerItem() {
        let left = counted(log)
        let right = counted((0..<2_000).map { ($0 * 7_919) % 4_000 })   // 2,000 distinct values below 4,000
        Counted.operations = 0
        let result = commonElements(left, right)
        let operations = Counted.operations
        let rightValues = Set(right.map(\.value))
        XCTAssertTrue(result.map(\.value) == log.filter { rightValues.contains($0) },
                      "the result must be the items of left found in right, in left's order, duplicates kept")
        XCTAssertLessThanOrEqual(operations, 20 * (left.count + right.count),
                                 "commonElements did \(operations) == / hash operations on 2,000 + 2,000 items; the budget is 80,000 (20 per item). Build one Set from right, once, outside the loop")
    }

    func testTheCostGrowsLinearlyWhenTheInputGrowsFourfold() {
        let small = counted((0..<2_000).map { ($0 * 7_919) % 1_000 })
        let large = counted((0..<8_000).map { ($0 * 7_919) % 4_000 })
        Counted.operations = 0
        _ = uniqueInOrder(small)
        let smallOperations = Counted.operations
        Counted.operations = 0
        _ = uniqueInOrder(large)
        let largeOperations = Counted.operations
        XCTAssertLessThanOrEqual(largeOperations, 20 * large.count,
                                 "uniqueInOrder did \(largeOperations) operations on 8,000 items; the budget is 160,000 (20 per item)")
        XCTAssertLessThanOrEqual(largeOperations, 8 * max(smallOperations, 1),
                                 "4 times the input took \(largeOperations) operations against \(smallOperations): linear work grows about 4 times, quadratic about 16 times (the limit here is 8 times)")
    }
}
