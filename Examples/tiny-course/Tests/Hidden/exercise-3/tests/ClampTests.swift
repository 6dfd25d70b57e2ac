import XCTest

final class ClampTests: XCTestCase {
    func testValuesBelowTheRangeRiseToItsLowerBound() {
        XCTAssertEqual(clamped(-5, to: 0...10), 0)
    }

    func testValuesAboveTheRangeFallToItsUpperBound() {
        XCTAssertEqual(clamped(50, to: 0...10), 10)
    }

    func testValuesInsideTheRangeStay() {
        XCTAssertEqual(clamped(7, to: 0...10), 7)
    }
}
