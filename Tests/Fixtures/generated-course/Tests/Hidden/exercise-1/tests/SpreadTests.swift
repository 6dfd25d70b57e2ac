import XCTest

final class SpreadTests: XCTestCase {
    func testVarianceOfSmallWholeNumbers() {
        XCTAssertEqual(spread(of: [1, 2, 3]), Spread(count: 3, variance: 1))
    }

    func testOneValueHasNoSpread() {
        XCTAssertEqual(spread(of: [5]), Spread(count: 1, variance: 0))
    }
}
