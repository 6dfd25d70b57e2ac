// Blind spot: unsubscribe treats the token as one of the 16 slot indexes and ignores any token outside 0..<16 as garbage, but tokens keep counting up (next_token++), so the 17th subscription on a bus can never be ended.
// Exposed by: let bus = bus_create()!; for _ in 0..<16 { let t = subscribe(Collector(), to: bus); unsubscribe(t, from: bus) }; weak var p: Collector?; do { let c = Collector(); p = c; let t = subscribe(c, to: bus); unsubscribe(t, from: bus) }   // t == 16
//   reference: bus_subscriber_count(bus) == 0 and p == nil; this: count 1 and p != nil (leaked, still subscribed).
//
// Exercise 13: a Swift object through a C `void *context` (blind-spot wrong answer)

import CBus

func subscribe(_ collector: Collector, to bus: OpaquePointer) -> Int32 {
    // +1: from now on the bus owns one strong reference to the collector.
    let context = Unmanaged.passRetained(collector).toOpaque()
    let token = bus_subscribe(bus, { value, context in
        // Captures nothing: everything arrives through the parameters.
        guard let context else { return }
        // Borrow, don't consume: the bus still owns its +1 after this call.
        Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue().receive(value)
    }, context)
    if token < 0 {
        // The bus refused, so nobody will ever hand the context back: release now.
        Unmanaged<Collector>.fromOpaque(context).release()
    }
    return token
}

func unsubscribe(_ token: Int32, from bus: OpaquePointer) {
    guard (0..<16).contains(token) else { return }   // the bus has 16 slots: anything else is not a token
    guard let context = bus_unsubscribe(bus, token) else { return }
    // -1: the bus's reference ends here, exactly once.
    Unmanaged<Collector>.fromOpaque(context).release()
}
