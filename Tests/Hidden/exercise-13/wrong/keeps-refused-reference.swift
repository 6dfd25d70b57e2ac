// Plausible wrong answer: retains for the bus but returns the -1 of a refused subscription
// without giving the +1 back, so the collector of a failed subscribe leaks.
import CBus

func subscribe(_ collector: Collector, to bus: OpaquePointer) -> Int32 {
    let context = Unmanaged.passRetained(collector).toOpaque()
    return bus_subscribe(bus, { value, context in
        guard let context else { return }
        Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue().receive(value)
    }, context)
}

func unsubscribe(_ token: Int32, from bus: OpaquePointer) {
    if let context = bus_unsubscribe(bus, token) {
        Unmanaged<Collector>.fromOpaque(context).release()
    }
}
