// Plausible wrong answer: keeps subscribed collectors alive in a Swift list (the Python
// habit of "keep a reference somewhere so the GC doesn't take it") and passes an
// unretained pointer; unsubscribe removes every entry for that object, so a collector
// subscribed twice loses its second owner when the first subscription ends.
import CBus

var keptAlive: [Collector] = []

func subscribe(_ collector: Collector, to bus: OpaquePointer) -> Int32 {
    let context = Unmanaged.passUnretained(collector).toOpaque()
    let token = bus_subscribe(bus, { value, context in
        guard let context else { return }
        Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue().receive(value)
    }, context)
    if token >= 0 { keptAlive.append(collector) }
    return token
}

func unsubscribe(_ token: Int32, from bus: OpaquePointer) {
    guard let context = bus_unsubscribe(bus, token) else { return }
    let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
    keptAlive.removeAll { $0 === collector }
}
