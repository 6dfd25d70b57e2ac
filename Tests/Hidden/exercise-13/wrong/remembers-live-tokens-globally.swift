// Blind spot: subscribe/unsubscribe keep one global set of live tokens to guard against a double release, but tokens are per bus (each bus starts at 0), so with two buses alive the second bus's token 0 is treated as already gone.
// Exposed by: let a = bus_create()!, b = bus_create()!; let c1 = Collector(), c2 = Collector(); let t1 = subscribe(c1, to: a); let t2 = subscribe(c2, to: b)  // both 0
//   unsubscribe(t1, from: a); unsubscribe(t2, from: b)
//   reference: bus_subscriber_count(b) == 0 and c2 is released; this: bus_subscriber_count(b) == 1, c2 is never released (leak) and still receives publishes on b.
//
// Exercise 13: a Swift object through a C `void *context` (blind-spot wrong answer)

import CBus

/// Tokens that are subscribed right now: unsubscribe releases only one of these, never twice.
private var liveTokens: Set<Int32> = []

func subscribe(_ collector: Collector, to bus: OpaquePointer) -> Int32 {
    // +1: from now on the bus owns one strong reference to the collector.
    let context = Unmanaged.passRetained(collector).toOpaque()
    let token = bus_subscribe(bus, { value, context in
        // Captures nothing: everything arrives through the parameters.
        guard let context else { return }
        // Borrow, don't consume: the bus still owns its +1 after this call.
        Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue().receive(value)
    }, context)
    if token >= 0 { liveTokens.insert(token) }
    if token < 0 {
        // The bus refused, so nobody will ever hand the context back: release now.
        Unmanaged<Collector>.fromOpaque(context).release()
    }
    return token
}

func unsubscribe(_ token: Int32, from bus: OpaquePointer) {
    guard liveTokens.remove(token) != nil else { return }   // unknown or already unsubscribed
    guard let context = bus_unsubscribe(bus, token) else { return }
    // -1: the bus's reference ends here, exactly once.
    Unmanaged<Collector>.fromOpaque(context).release()
}
