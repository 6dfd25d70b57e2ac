import XCTest
import CRing

final class RingWrapperTests: XCTestCase {
    func testValuesComeOutInTheOrderTheyWentIn() {
        guard let ring = Ring(capacity: 3) else { return XCTFail("Ring(capacity: 3) must succeed") }
        XCTAssertTrue(ring.push(10), "pushing into an empty ring of capacity 3 succeeds")
        XCTAssertTrue(ring.push(20), "second push succeeds")
        XCTAssertTrue(ring.push(-30), "third push fills the ring")
        XCTAssertFalse(ring.push(40), "a full ring (capacity 3) must refuse a 4th value: push returns false")
        XCTAssertEqual(ring.count, 3, "three values are stored")
        XCTAssertEqual(ring.pop(), 10, "pop returns the oldest value first")
        XCTAssertTrue(ring.push(50), "after one pop there is room again")
        XCTAssertEqual(ring.pop(), 20, "then the second oldest")
        XCTAssertEqual(ring.pop(), -30, "negative values survive the out-pointer")
        XCTAssertEqual(ring.pop(), 50, "the value pushed after wrapping around")
        XCTAssertNil(ring.pop(), "an empty ring pops nil (ring_pop returned -1)")
        XCTAssertEqual(ring.count, 0, "nothing left")
    }

    func testInvalidCapacitiesGiveNilAndAllocateNothing() {
        let before = ring_live_count()
        XCTAssertNil(Ring(capacity: 0), "capacity 0: ring_create returns NULL, so init? must return nil")
        XCTAssertNil(Ring(capacity: -1), "a negative capacity must return nil before reaching C")
        XCTAssertEqual(ring_live_count(), before, "a failed init must not leave a ring allocated")
    }

    func testDroppingTheWrapperFreesTheCRing() {
        let before = ring_live_count()
        weak var probe: Ring?
        do {
            let ring = Ring(capacity: 4)
            probe = ring
            ring?.push(1)
            XCTAssertEqual(ring_live_count(), before + 1, "while the Ring exists exactly one C ring is live")
        }
        XCTAssertNil(probe, "the Ring itself is gone once its last reference is")
        XCTAssertEqual(ring_live_count(), before,
                       "when the Ring is deinitialised its C ring must be destroyed: ring_live_count() is back to \(before). A missing deinit leaks it")
    }

    func testTwoHundredWrappersLeaveNothingBehind() {
        let before = ring_live_count()
        let badBefore = ring_bad_calls()
        for i in 0..<200 {
            let ring = Ring(capacity: 1 + i % 7)
            ring?.push(Int64(i))
            _ = ring?.pop()
        }
        XCTAssertEqual(ring_live_count(), before, "200 Rings created and dropped must leave 0 live C rings behind")
        XCTAssertEqual(ring_bad_calls(), badBefore, "no ring may be destroyed twice or used after it was destroyed")
    }

    func testCloseFreesImmediatelyAndDeinitDoesNotFreeAgain() {
        let before = ring_live_count()
        let badBefore = ring_bad_calls()
        do {
            guard let ring = Ring(capacity: 2) else { return XCTFail("Ring(capacity: 2) must succeed") }
            ring.push(7)
            ring.close()
            XCTAssertEqual(ring_live_count(), before, "close() must destroy the C ring right away, before the Ring itself goes")
        }
        XCTAssertEqual(ring_bad_calls(), badBefore,
                       "after close(), deinit must not call ring_destroy again: a second destroy of the same ring is a double free")
        XCTAssertEqual(ring_live_count(), before, "and nothing may leak")
    }

    func testCloseTwiceIsHarmless() {
        let badBefore = ring_bad_calls()
        guard let ring = Ring(capacity: 2) else { return XCTFail("Ring(capacity: 2) must succeed") }
        ring.close()
        ring.close()
        XCTAssertEqual(ring_bad_calls(), badBefore, "a second close() must do nothing, not destroy the ring again")
    }

    func testAClosedRingRefusesWorkWithoutTouchingC() {
        let badBefore = ring_bad_calls()
        guard let ring = Ring(capacity: 2) else { return XCTFail("Ring(capacity: 2) must succeed") }
        ring.push(1)
        ring.close()
        XCTAssertFalse(ring.push(2), "push on a closed ring returns false")
        XCTAssertNil(ring.pop(), "pop on a closed ring returns nil")
        XCTAssertEqual(ring.count, 0, "a closed ring has count 0")
        XCTAssertEqual(ring_bad_calls(), badBefore,
                       "after close() no C function may be called with the dead pointer (use after free)")
    }
}
