import XCTest

@testable import Tally

class TallyTests: XCTestCase {
  func testCountsOtherThanX() {
    XCTAssertEqual(Tally.count("a", in: "banana"), 3)
  }

  func testCounts1500Letters() {
    XCTAssertEqual(count("z", in: String(repeating: "z", count: 1500)), 1500)
  }

  func testUpperCaseCountsToo() {
    XCTAssertEqual(count("b", in: "Bob"), 2)
  }
}
