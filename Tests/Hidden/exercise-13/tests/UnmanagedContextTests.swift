import XCTest
import CBus

final class UnmanagedContextTests: XCTestCase {
    /// Takes extra references that are never given back, so that a bug in the
    /// code under test (an extra release) cannot destroy the object mid-test.
    private func pin(_ object: AnyObject) {
        for _ in 0..<16 { _ = Unmanaged.passRetained(object) }
    }

    func testPublishedValuesReachEverySubscriberInOrder() {
        guard let bus = bus_create() else { return XCTFail("bus_create failed") }
        defer { bus_destroy(bus) }
        let first = Collector()
        let second = Collector()
        pin(first); pin(second)
        let t1 = subscribe(first, to: bus)
        let t2 = subscribe(second, to: bus)
        XCTAssertGreaterThanOrEqual(t1, 0, "subscribe must return the bus's token (>= 0)")
        XCTAssertGreaterThanOrEqual(t2, 0, "the second subscription gets a token too")
        XCTAssertNotEqual(t1, t2, "two subscriptions have different tokens")
        XCTAssertEqual(bus_subscriber_count(bus), 2, "both collectors must be registered with the bus")
        for v: Int32 in [1, 2, 3] { bus_publish(bus, v) }
        XCTAssertEqual(first.received, [1, 2, 3], "the handler must call receive(_:) on the collector passed as context")
        XCTAssertEqual(second.received, [1, 2, 3], "each subscriber gets every value, through its own context")
        unsubscribe(t1, from: bus)
        unsubscribe(t2, from: bus)
        XCTAssertEqual(bus_subscriber_count(bus), 0, "unsubscribe must remove the subscription from the bus")
    }

    func testTheBusHoldsAReferenceThatPublishingDoesNotUseUp() {
        guard let bus = bus_create() else { return XCTFail("bus_create failed") }
        defer { bus_destroy(bus) }
        var collector = Collector()
        let token = subscribe(collector, to: bus)
        guard token >= 0 else { return XCTFail("subscribe must return a token >= 0") }
        guard !isKnownUniquelyReferenced(&collector) else {
            _ = bus_unsubscribe(bus, token)   // tidy up without releasing what was never retained
            return XCTFail("after subscribe the bus must own a strong reference (Unmanaged.passRetained); passUnretained leaves the test holding the only one")
        }
        bus_publish(bus, 41)
        guard !isKnownUniquelyReferenced(&collector) else {
            _ = bus_unsubscribe(bus, token)
            return XCTFail("a publish used up the bus's reference: inside the handler use takeUnretainedValue(), not takeRetainedValue()")
        }
        bus_publish(bus, 42)
        XCTAssertEqual(collector.received, [41, 42], "both published values must arrive")
        unsubscribe(token, from: bus)
        XCTAssertTrue(isKnownUniquelyReferenced(&collector),
                      "after unsubscribe the bus's reference must be released, leaving the test's as the only one")
    }

    func testSubscribingKeepsTheCollectorAliveAfterTheCallerLetsGo() {
        guard let bus = bus_create() else { return XCTFail("bus_create failed") }
        defer { bus_destroy(bus) }
        var deinits = 0
        weak var probe: Collector?
        var token: Int32 = -1
        do {
            let collector = Collector(onDeinit: { deinits += 1 })
            probe = collector
            token = subscribe(collector, to: bus)
        }
        guard token >= 0 else { return XCTFail("subscribe must return a token >= 0") }
        guard probe != nil else {
            _ = bus_unsubscribe(bus, token)   // the context now dangles: drop it unused
            return XCTFail("the collector died as soon as the test let go, while the bus still pointed at it: subscribe must retain it (passRetained), otherwise the next publish is a use after free")
        }
        bus_publish(bus, 7)
        guard let alive = probe, deinits == 0 else {
            _ = bus_unsubscribe(bus, token)
            return XCTFail("publishing destroyed the collector: the handler must not release it (use takeUnretainedValue())")
        }
        XCTAssertEqual(alive.received, [7], "the bus delivered 7 to the collector it keeps alive")
        XCTAssertEqual(deinits, 0, "nothing may be destroyed while the bus holds the collector")
    }

    func testUnsubscribingReleasesTheCollectorExactlyOnce() {
        guard let bus = bus_create() else { return XCTFail("bus_create failed") }
        defer { bus_destroy(bus) }
        var deinits = 0
        weak var probe: Collector?
        var token: Int32 = -1
        do {
            let collector = Collector(onDeinit: { deinits += 1 })
            probe = collector
            token = subscribe(collector, to: bus)
        }
        guard token >= 0 else { return XCTFail("subscribe must return a token >= 0") }
        guard probe != nil else {
            _ = bus_unsubscribe(bus, token)
            return XCTFail("the collector must stay alive while subscribed (passRetained)")
        }
        unsubscribe(token, from: bus)
        XCTAssertNil(probe, "after unsubscribe nobody holds the collector any more, so it must be destroyed: the +1 from subscribe was never released (leak)")
        XCTAssertEqual(deinits, probe == nil ? 1 : 0, "deinit runs exactly once")
        XCTAssertEqual(bus_subscriber_count(bus), 0, "the subscription is gone")
    }

    func testAnUnsubscribedCollectorReceivesNothingMore() {
        guard let bus = bus_create() else { return XCTFail("bus_create failed") }
        defer { bus_destroy(bus) }
        let collector = Collector()
        pin(collector)
        let token = subscribe(collector, to: bus)
        guard token >= 0 else { return XCTFail("subscribe must return a token >= 0") }
        bus_publish(bus, 1)
        unsubscribe(token, from: bus)
        bus_publish(bus, 2)
        XCTAssertEqual(collector.received, [1], "after unsubscribe the collector must not receive 2")
    }

    func testAnUnknownTokenIsIgnored() {
        guard let bus = bus_create() else { return XCTFail("bus_create failed") }
        defer { bus_destroy(bus) }
        unsubscribe(999, from: bus)   // bus_unsubscribe returns NULL: nothing to release
        XCTAssertEqual(bus_subscriber_count(bus), 0, "unsubscribing an unknown token changes nothing (and must not force-unwrap the NULL context)")
    }

    func testARefusedSubscriptionDoesNotKeepTheCollector() {
        guard let bus = bus_create() else { return XCTFail("bus_create failed") }
        defer { bus_destroy(bus) }
        var fillers: [(Collector, Int32)] = []
        for _ in 0..<16 {
            let c = Collector()
            fillers.append((c, subscribe(c, to: bus)))
        }
        XCTAssertEqual(bus_subscriber_count(bus), 16, "the bus takes 16 subscribers")
        var deinits = 0
        weak var probe: Collector?
        var token: Int32 = 0
        do {
            let extra = Collector(onDeinit: { deinits += 1 })
            probe = extra
            token = subscribe(extra, to: bus)
        }
        XCTAssertEqual(token, -1, "the 17th subscription is refused and subscribe returns -1")
        XCTAssertNil(probe, "when bus_subscribe refuses, nobody will ever hand the context back: subscribe must release its +1 at once, or the collector leaks")
        for (_, t) in fillers where t >= 0 { unsubscribe(t, from: bus) }
    }

    func testOneCollectorSubscribedTwiceIsHeldTwice() {
        guard let bus = bus_create() else { return XCTFail("bus_create failed") }
        defer { bus_destroy(bus) }
        var deinits = 0
        weak var probe: Collector?
        var first: Int32 = -1
        var second: Int32 = -1
        do {
            let collector = Collector(onDeinit: { deinits += 1 })
            probe = collector
            first = subscribe(collector, to: bus)
            second = subscribe(collector, to: bus)
        }
        guard first >= 0, second >= 0, probe != nil else {
            return XCTFail("two subscriptions of the same collector must both succeed and keep it alive")
        }
        bus_publish(bus, 1)
        XCTAssertEqual(probe?.received, [1, 1], "subscribed twice, the collector receives each value twice")
        unsubscribe(first, from: bus)
        guard probe != nil, deinits == 0 else {
            return XCTFail("after ending ONE of two subscriptions the collector died, although the bus still holds it for the other: each subscription owns its own +1 and unsubscribe releases only that one (keeping collectors in a Swift list and removing every entry for that object releases too much)")
        }
        bus_publish(bus, 2)
        XCTAssertEqual(probe?.received, [1, 1, 2], "the remaining subscription still delivers")
        unsubscribe(second, from: bus)
        XCTAssertNil(probe, "after both subscriptions end, nobody holds the collector: it must be destroyed")
        XCTAssertEqual(deinits, probe == nil ? 1 : 0, "exactly once")
    }

    func testUnsubscribingTheSameTokenTwiceReleasesOnlyOnce() {
        guard let bus = bus_create() else { return XCTFail("bus_create failed") }
        defer { bus_destroy(bus) }
        var deinits = 0
        var collector = Collector(onDeinit: { deinits += 1 })
        let token = subscribe(collector, to: bus)
        guard token >= 0 else { return XCTFail("subscribe must return a token >= 0") }
        unsubscribe(token, from: bus)
        unsubscribe(token, from: bus)   // the bus no longer knows it: nothing to release
        guard deinits == 0 else {
            return XCTFail("a second unsubscribe of the same token released the collector again while the test still holds it (deinit ran): release only what bus_unsubscribe hands back")
        }
        XCTAssertTrue(isKnownUniquelyReferenced(&collector), "after unsubscribe the test's reference is the only one left")
    }

    func testUnsubscribingReleasesTheRightCollector() {
        guard let bus = bus_create() else { return XCTFail("bus_create failed") }
        defer { bus_destroy(bus) }
        var firstDeinits = 0
        var secondDeinits = 0
        weak var firstProbe: Collector?
        weak var secondProbe: Collector?
        var t1: Int32 = -1
        var t2: Int32 = -1
        do {
            let a = Collector(onDeinit: { firstDeinits += 1 })
            let b = Collector(onDeinit: { secondDeinits += 1 })
            firstProbe = a
            secondProbe = b
            t1 = subscribe(a, to: bus)
            t2 = subscribe(b, to: bus)
        }
        guard t1 >= 0, t2 >= 0, firstProbe != nil, secondProbe != nil else {
            return XCTFail("both subscriptions must succeed and keep their collectors alive")
        }
        unsubscribe(t2, from: bus)
        XCTAssertNil(secondProbe, "unsubscribing the SECOND token must release the second collector")
        guard firstProbe != nil, firstDeinits == 0 else {
            return XCTFail("unsubscribing the second token destroyed the first collector: release the context that bus_unsubscribe returns for that token")
        }
        bus_publish(bus, 5)
        XCTAssertEqual(firstProbe?.received, [5], "the first collector is still subscribed and receives 5")
        unsubscribe(t1, from: bus)
        XCTAssertNil(firstProbe, "then unsubscribing the first token releases the first collector")
        XCTAssertEqual(firstDeinits + secondDeinits, 2, "each collector is destroyed exactly once")
    }
}
