import XCTest
import CRing

final class RingPublicTests: XCTestCase {
    /// A ring gives back the oldest value first and refuses a value when full.
    func testARingIsFirstInFirstOut() {
        guard let ring = Ring(capacity: 2) else { return XCTFail("Ring(capacity: 2) must succeed") }
        XCTAssertTrue(ring.push(1), "room for the first value")
        XCTAssertTrue(ring.push(2), "room for the second value")
        XCTAssertFalse(ring.push(3), "a ring of capacity 2 is full after two values")
        XCTAssertEqual(ring.pop(), 1, "the oldest value comes out first")
        XCTAssertEqual(ring.count, 1, "one value is left")
    }

    /// Dropping the last reference to a Ring frees its C ring.
    func testDroppingARingFreesItsCRing() {
        let live = ring_live_count()
        do {
            let ring = Ring(capacity: 4)
            XCTAssertNotNil(ring, "Ring(capacity: 4) must succeed")
        }
        XCTAssertEqual(ring_live_count(), live, "once the Ring is gone, its C ring must be destroyed")
    }
}
