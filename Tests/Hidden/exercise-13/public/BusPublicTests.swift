import XCTest
import CBus

final class BusPublicTests: XCTestCase {
    /// A value published on the bus reaches the subscribed collector through the context pointer.
    func testAPublishedValueReachesTheCollector() {
        guard let bus = bus_create() else { return XCTFail("bus_create failed") }
        defer { bus_destroy(bus) }
        let collector = Collector()
        let token = subscribe(collector, to: bus)
        XCTAssertGreaterThanOrEqual(token, 0, "subscribe returns the bus's token")
        bus_publish(bus, 5)
        bus_publish(bus, 6)
        XCTAssertEqual(collector.received, [5, 6], "the handler calls receive(_:) on the collector it was given as context")
        unsubscribe(token, from: bus)
    }

    /// The bus keeps a subscribed collector alive; unsubscribing lets it go.
    func testTheBusKeepsTheCollectorUntilUnsubscribed() {
        guard let bus = bus_create() else { return XCTFail("bus_create failed") }
        defer { bus_destroy(bus) }
        weak var watched: Collector?
        var token: Int32 = -1
        do {
            let collector = Collector()
            watched = collector
            token = subscribe(collector, to: bus)
        }
        XCTAssertNotNil(watched, "while subscribed, the bus holds the collector (Unmanaged.passRetained)")
        guard token >= 0 else { return XCTFail("subscribe returns a token >= 0") }
        unsubscribe(token, from: bus)
        XCTAssertNil(watched, "unsubscribe releases the bus's reference, so the collector is freed")
    }
}
