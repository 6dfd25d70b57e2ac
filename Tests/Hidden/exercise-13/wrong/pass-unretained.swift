// Plausible wrong answer: passUnretained, as if the bus's pointer counted as a reference the
// way a Python container's does; nothing keeps the collector alive once the caller lets go.
import CBus

func subscribe(_ collector: Collector, to bus: OpaquePointer) -> Int32 {
    let context = Unmanaged.passUnretained(collector).toOpaque()
    return bus_subscribe(bus, { value, context in
        guard let context else { return }
        Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue().receive(value)
    }, context)
}

func unsubscribe(_ token: Int32, from bus: OpaquePointer) {
    _ = bus_unsubscribe(bus, token)
}
