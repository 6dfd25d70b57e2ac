import XCTest

/// Calls a C comparator the way qsort does: with the addresses of two Int32s.
private func compare(_ comparator: Int32Comparator, _ x: Int32, _ y: Int32) -> Int32 {
    withUnsafePointer(to: x) { px in
        withUnsafePointer(to: y) { py in
            comparator(UnsafeRawPointer(px), UnsafeRawPointer(py))
        }
    }
}

private func sign(_ n: Int32) -> Int32 { n < 0 ? -1 : (n > 0 ? 1 : 0) }

private let interesting: [Int32] = [Int32.min, Int32.min + 1, -70_000, -1, 0, 1, 70_000, Int32.max - 1, Int32.max]

final class QsortTests: XCTestCase {
    func testTheAscendingComparatorGivesTheRightSignForEveryPair() {
        let ascending = int32Comparator(descending: false)
        for x in interesting {
            for y in interesting where x != y {
                let got = compare(ascending, x, y)
                let expected: Int32 = x < y ? -1 : 1
                if sign(got) != expected {
                    return XCTFail("the ascending comparator called with (\(x), \(y)) returned \(got), but must return \(expected < 0 ? "a negative number (\(x) comes first)" : "a positive number (\(y) comes first)"); a comparator that subtracts wraps around for values far apart")
                }
            }
        }
    }

    func testTheDescendingComparatorGivesTheRightSignForEveryPair() {
        let descending = int32Comparator(descending: true)
        for x in interesting {
            for y in interesting where x != y {
                let got = compare(descending, x, y)
                let expected: Int32 = x > y ? -1 : 1
                if sign(got) != expected {
                    return XCTFail("the descending comparator called with (\(x), \(y)) returned \(got), but must return \(expected < 0 ? "a negative number (\(x), the larger, comes first)" : "a positive number (\(y), the larger, comes first)")")
                }
            }
        }
    }

    func testEqualValuesCompareAsZero() {
        let ascending = int32Comparator(descending: false)
        let descending = int32Comparator(descending: true)
        for x in interesting {
            let up = compare(ascending, x, x)
            let down = compare(descending, x, x)
            if up != 0 || down != 0 {
                return XCTFail("comparing \(x) with an equal \(x) returned \(up) (ascending) and \(down) (descending), but must return exactly 0: C's contract is negative, ZERO or positive, and a comparator that never says \"equal\" breaks qsort's and bsearch's assumptions")
            }
        }
    }

    func testEachComparatorKeepsItsOwnDirection() {
        let ascending = int32Comparator(descending: false)
        let descending = int32Comparator(descending: true)
        XCTAssertLessThan(compare(ascending, 1, 2), 0,
                          "after asking for the descending comparator, the ascending one obtained earlier must still put 1 before 2: the direction must not live in a shared global that the second request overwrote")
        XCTAssertGreaterThan(compare(descending, 1, 2), 0, "the descending comparator puts 2 before 1")
        var up: [Int32] = [3, 1, 2]
        var down: [Int32] = [3, 1, 2]
        cSort(&down, descending: true)
        cSort(&up, descending: false)
        cSort(&down, descending: true)
        XCTAssertEqual(up, [1, 2, 3], "an ascending sort after a descending one must still sort smallest first")
        XCTAssertEqual(down, [3, 2, 1], "and a descending sort after an ascending one largest first")
    }

    func testSortsAscending() {
        var xs: [Int32] = [5, 3, 9, 1, 7, 3]
        cSort(&xs, descending: false)
        XCTAssertEqual(xs, [1, 3, 3, 5, 7, 9], "descending: false must sort smallest first")
    }

    func testSortsDescending() {
        var xs: [Int32] = [5, 3, 9, 1, 7, 3]
        cSort(&xs, descending: true)
        XCTAssertEqual(xs, [9, 7, 5, 3, 3, 1], "descending: true must sort largest first")
    }

    func testEmptyAndSingleElementArraysAreLeftAlone() {
        var empty: [Int32] = []
        cSort(&empty, descending: false)
        XCTAssertEqual(empty, [], "sorting an empty array gives an empty array")
        var one: [Int32] = [42]
        cSort(&one, descending: true)
        XCTAssertEqual(one, [42], "a one-element array is already sorted")
    }

    func testTwoElementArraysAreSorted() {
        var up: [Int32] = [2, 1]
        cSort(&up, descending: false)
        XCTAssertEqual(up, [1, 2], "two elements are the smallest array that needs sorting: [2, 1] ascending is [1, 2]")
        var down: [Int32] = [Int32.min, Int32.max]
        cSort(&down, descending: true)
        XCTAssertEqual(down, [Int32.max, Int32.min], "[Int32.min, Int32.max] descending is [Int32.max, Int32.min]")
    }

    func testExtremeValuesSortCorrectlyAscending() {
        var xs: [Int32] = [1, Int32.min, 0, Int32.max, -1, Int32.min + 1]
        cSort(&xs, descending: false)
        XCTAssertEqual(xs, [Int32.min, Int32.min + 1, -1, 0, 1, Int32.max],
                       "Int32.min and Int32.max must land at the ends; a comparator that returns `a &- b` wraps around for them")
    }

    func testExtremeValuesSortCorrectlyDescending() {
        var xs: [Int32] = [Int32.max, -5, Int32.min, 5, 0, Int32.max]
        cSort(&xs, descending: true)
        XCTAssertEqual(xs, [Int32.max, Int32.max, 5, 0, -5, Int32.min],
                       "descending order must hold for the extremes too; compare the values instead of subtracting them")
    }

    func testALargerArrayMatchesSwiftsOwnSort() {
        var generator = SplitMix(seed: 2024)
        var xs: [Int32] = (0..<500).map { _ in Int32(truncatingIfNeeded: generator.next()) }
        xs += xs.prefix(50)   // some duplicates
        let expectedUp = xs.sorted()
        cSort(&xs, descending: false)
        XCTAssertEqual(xs, expectedUp, "550 pseudo-random Int32s (full range, with duplicates) must come out in ascending order")
        cSort(&xs, descending: true)
        XCTAssertEqual(xs, Array(expectedUp.reversed()), "the same values must come out in descending order")
    }
}

/// Deterministic pseudo-random numbers, so every run sorts the same data.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
