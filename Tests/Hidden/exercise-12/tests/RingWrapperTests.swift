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

    func testInvalidCapacitiesGiveNilWithoutCallingC() {
        let before = ring_live_count()
        let createsBefore = ring_create_calls()
        XCTAssertNil(Ring(capacity: 0), "capacity 0 must give nil")
        XCTAssertNil(Ring(capacity: -1), "a negative capacity must give nil")
        XCTAssertNil(Ring(capacity: Int.min), "Int.min as a capacity must give nil")
        XCTAssertEqual(ring_create_calls(), createsBefore,
                       "capacities <= 0 must be refused in Swift, before reaching C: ring_create was called \(ring_create_calls() - createsBefore) time(s). A negative Int passed to C becomes a huge size_t")
        XCTAssertEqual(ring_live_count(), before, "a failed init must not leave a ring allocated")
    }

    func testACapacityOfOneIsTheSmallestValidRing() {
        let createsBefore = ring_create_calls()
        guard let ring = Ring(capacity: 1) else { return XCTFail("Ring(capacity: 1) must succeed: 1 is the smallest valid capacity") }
        XCTAssertEqual(ring_create_calls(), createsBefore + 1, "Ring(capacity: 1) creates exactly one C ring")
        XCTAssertTrue(ring.push(5), "a ring of capacity 1 takes one value")
        XCTAssertFalse(ring.push(6), "and refuses a second")
        XCTAssertEqual(ring.pop(), 5, "the one value comes back")
        XCTAssertNil(ring.pop(), "then the ring is empty")
    }

    func testWhenCRefusesToCreateARingInitReturnsNil() {
        let before = ring_live_count()
        ring_fail_next_create()
        let ring = Ring(capacity: 8)
        XCTAssertNil(ring, "ring_create returned NULL (as if out of memory): init? must return nil, not crash on a force unwrap or keep a NULL handle")
        XCTAssertEqual(ring_live_count(), before, "nothing is allocated")
        XCTAssertNotNil(Ring(capacity: 8), "the next ring_create succeeds again, and so must Ring(capacity: 8)")
    }

    func testCountFollowsPushesAndPops() {
        guard let ring = Ring(capacity: 5) else { return XCTFail("Ring(capacity: 5) must succeed") }
        XCTAssertEqual(ring.count, 0, "a new ring holds 0 values")
        ring.push(1)
        XCTAssertEqual(ring.count, 1, "after one push count is 1 (the number of values stored, not the capacity)")
        ring.push(2)
        ring.push(3)
        XCTAssertEqual(ring.count, 3, "after three pushes count is 3")
        _ = ring.pop()
        XCTAssertEqual(ring.count, 2, "a pop removes one: count is 2")
    }

    func testValuesSurviveWrappingAroundManyTimes() {
        guard let ring = Ring(capacity: 3) else { return XCTFail("Ring(capacity: 3) must succeed") }
        var popped: [Int64] = []
        for i in Int64(0)..<10 {
            XCTAssertTrue(ring.push(i * 1_000_000_007), "push \(i) fits: the ring never holds more than 2 values here")
            ring.push(-i)
            popped.append(ring.pop() ?? Int64.min)
            popped.append(ring.pop() ?? Int64.min)
        }
        let expected: [Int64] = (Int64(0)..<10).flatMap { (i: Int64) -> [Int64] in [i * 1_000_000_007, -i] }
        XCTAssertEqual(popped, expected,
                       "values come out first in, first out, with their full 64-bit value, however often the ring wraps around")
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
