// Plausible wrong answer: remembers each token's context in a Swift dictionary and releases
// from there, without asking whether the bus still had that subscription, so unsubscribing
// the same token twice releases twice (an over-release: a use after free waiting to happen).
import CBus

var contexts: [Int32: UnsafeMutableRawPointer] = [:]

func subscribe(_ collector: Collector, to bus: OpaquePointer) -> Int32 {
    let context = Unmanaged.passRetained(collector).toOpaque()
    let token = bus_subscribe(bus, { value, context in
        guard let context else { return }
        Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue().receive(value)
    }, context)
    if token < 0 {
        Unmanaged<Collector>.fromOpaque(context).release()
    } else {
        contexts[token] = context
    }
    return token
}

func unsubscribe(_ token: Int32, from bus: OpaquePointer) {
    _ = bus_unsubscribe(bus, token)
    if let context = contexts[token] {
        Unmanaged<Collector>.fromOpaque(context).release()
    }
}
