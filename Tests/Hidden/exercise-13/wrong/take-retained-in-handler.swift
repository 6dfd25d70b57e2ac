// Plausible wrong answer: the handler consumes the bus's reference on every publish (released too early).
import CBus

func subscribe(_ collector: Collector, to bus: OpaquePointer) -> Int32 {
    let context = Unmanaged.passRetained(collector).toOpaque()
    return bus_subscribe(bus, { value, context in
        guard let context else { return }
        Unmanaged<Collector>.fromOpaque(context).takeRetainedValue().receive(value)
    }, context)
}

func unsubscribe(_ token: Int32, from bus: OpaquePointer) {
    if let context = bus_unsubscribe(bus, token) {
        Unmanaged<Collector>.fromOpaque(context).release()
    }
}
