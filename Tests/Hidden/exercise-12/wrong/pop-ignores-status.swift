// Plausible wrong answer: reads the out-pointer without looking at ring_pop's status, the way
// a Python wrapper returns whatever the buffer holds: an empty ring pops 0 instead of nil.

import CRing

final class Ring {
    /// The C ring this object owns; nil once it has been destroyed.
    private var handle: OpaquePointer?

    init?(capacity: Int) {
        guard capacity > 0, let h = ring_create(capacity) else { return nil }
        handle = h
    }

    var count: Int {
        guard let h = handle else { return 0 }
        return ring_count(h)
    }

    @discardableResult
    func push(_ value: Int64) -> Bool {
        guard let h = handle else { return false }
        return ring_push(h, value) == 0
    }

    func pop() -> Int64? {
        guard let h = handle else { return nil }
        var out: Int64 = 0
        _ = ring_pop(h, &out)
        return out
    }

    func close() {
        guard let h = handle else { return }   // already closed: nothing to do
        handle = nil                           // forget it first, then free it
        ring_destroy(h)
    }

    deinit {
        close()
    }
}
