import XCTest

final class QsortTests: XCTestCase {
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

    func testExtremeValuesSortCorrectlyAscending() {
        var xs: [Int32] = [1, Int32.min, 0, Int32.max, -1, Int32.min + 1]
        cSort(&xs, descending: false)
        XCTAssertEqual(xs, [Int32.min, Int32.min + 1, -1, 0, 1, Int32.max],
                       "Int32.min and Int32.max must land at the ends; a comparator that returns `a &- b` wraps around for them")
    }

    func testExtremeValuesSortCorrectlyDescending() {
        var xs: [Int32] = [Int32.max, -5, Int32.min, 5, 0]
        cSort(&xs, descending: true)
        XCTAssertEqual(xs, [Int32.max, 5, 0, -5, Int32.min],
                       "descending order must hold for the extremes too; compare the values instead of subtracting them")
    }

    func testALargerArrayMatchesSwiftsOwnSort() {
        var generator = SplitMix(seed: 2024)
        var xs: [Int32] = (0..<500).map { _ in Int32(truncatingIfNeeded: generator.next()) }
        let expectedUp = xs.sorted()
        cSort(&xs, descending: false)
        XCTAssertEqual(xs, expectedUp, "500 pseudo-random Int32s (full range) must come out in ascending order")
        cSort(&xs, descending: true)
        XCTAssertEqual(xs, Array(expectedUp.reversed()), "the same 500 values must come out in descending order")
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
