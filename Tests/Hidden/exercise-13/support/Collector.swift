// Course-provided: the Swift object that subscribes to the C bus.
// (Compiled into your module; you do not edit it.)

/// Records every value published to it. `onDeinit` runs when it is destroyed,
/// which is how the checker sees whether references were balanced.
final class Collector {
    private(set) var received: [Int32] = []
    private let onDeinit: () -> Void

    init(onDeinit: @escaping () -> Void = {}) {
        self.onDeinit = onDeinit
    }

    func receive(_ value: Int32) {
        received.append(value)
    }

    deinit {
        onDeinit()
    }
}
