// Exercise 13: a Swift object through a C `void *context`
//
// The C event bus CBus (support/bus.h, already built) stores subscribers as a
// plain C function plus an opaque context pointer:
//
//     typedef void (*bus_handler)(int32_t value, void *context);
//     int32_t bus_subscribe(bus *b, bus_handler handler, void *context); // token, or -1 if full (16 max)
//     void   *bus_unsubscribe(bus *b, int32_t token);  // gives the context back (NULL if unknown token)
//     void    bus_publish(bus *b, int32_t value);      // calls handler(value, context) for each subscriber
//
// The handler cannot capture (exercise 10), so the only way to reach a Swift
// object from it is to smuggle the object through `context`. `Collector`
// (support/Collector.swift, provided) is that object: it has
// `receive(_ value: Int32)` and an `onDeinit` hook the checker uses.
//
// Write:
//   subscribe(_ collector: Collector, to bus: OpaquePointer) -> Int32
//       registers a handler that calls `collector.receive(value)`; returns the
//       bus's token. The bus keeps the collector ALIVE while subscribed, even
//       if nobody in Swift holds it any more: convert it with
//       Unmanaged.passRetained(...).toOpaque() (one +1, owned by the bus).
//       If bus_subscribe refuses (-1), give that +1 back at once.
//   unsubscribe(_ token: Int32, from bus: OpaquePointer)
//       removes the subscription and releases the +1 that subscribe took,
//       exactly once. An unknown token does nothing (bus_unsubscribe gives NULL).
//
// Rules the checker enforces (with weak references and deinit counters):
//   - after subscribe, the bus holds one strong reference: dropping yours
//     does not destroy the collector;
//   - publishing must not consume that reference: inside the handler use
//     takeUnretainedValue(), never takeRetainedValue();
//   - after unsubscribe (and once you drop yours), the collector is
//     destroyed exactly once: no leak, no early release;
//   - each subscription owns its own +1: a collector subscribed twice stays
//     alive until BOTH subscriptions end, and unsubscribing one token
//     releases that subscription's collector and nothing else;
//   - unsubscribing a token the bus no longer knows releases nothing.
//
// This starter compiles but subscribes nothing.

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
