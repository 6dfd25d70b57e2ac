// Plausible wrong answer: retains for the bus but never gives the reference back.
import CBus

func subscribe(_ collector: Collector, to bus: OpaquePointer) -> Int32 {
    let context = Unmanaged.passRetained(collector).toOpaque()
    return bus_subscribe(bus, { value, context in
        guard let context else { return }
        Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue().receive(value)
    }, context)
}

func unsubscribe(_ token: Int32, from bus: OpaquePointer) {
    _ = bus_unsubscribe(bus, token)
}
