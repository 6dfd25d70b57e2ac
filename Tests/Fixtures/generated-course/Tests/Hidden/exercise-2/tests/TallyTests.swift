import XCTest

final class TallyTests: XCTestCase {
    func testCountsEachName() {
        let tally = Tally()
        tally.add("ana")
        tally.add("ben")
        XCTAssertEqual(tally.count(of: "ana"), 1)
        XCTAssertEqual(tally.total, 2)
    }
}
