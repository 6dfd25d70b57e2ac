// Exercise 13: a Swift object through a C `void *context` (reference solution)

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
    guard let context = bus_unsubscribe(bus, token) else { return }
    // -1: the bus's reference ends here, exactly once.
    Unmanaged<Collector>.fromOpaque(context).release()
}
