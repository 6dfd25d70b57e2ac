import XCTest

final class CSortPublicTests: XCTestCase {
    /// cSort sorts smallest first, or largest first when asked.
    func testCSortInBothDirections() {
        var up: [Int32] = [3, 1, 2]
        cSort(&up, descending: false)
        XCTAssertEqual(up, [1, 2, 3], "ascending: smallest first")
        var down: [Int32] = [3, 1, 2]
        cSort(&down, descending: true)
        XCTAssertEqual(down, [3, 2, 1], "descending: largest first")
    }

    /// A comparator says exactly 0 for two equal values, as C's contract asks.
    func testEqualValuesAreEqualToTheComparator() {
        var five: Int32 = 5
        var other: Int32 = 5
        let result = withUnsafePointer(to: &five) { a in
            withUnsafePointer(to: &other) { b in int32Comparator(descending: false)(UnsafeRawPointer(a), UnsafeRawPointer(b)) }
        }
        XCTAssertEqual(result, 0, "5 compared with 5 must be 0")
    }
}
