// Plausible wrong answer: ignores ring_push's status and reports success, so a full ring
// silently drops values while the caller thinks they were stored.

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
        _ = ring_push(h, value)
        return true
    }

    func pop() -> Int64? {
        guard let h = handle else { return nil }
        var out: Int64 = 0
        return ring_pop(h, &out) == 0 ? out : nil
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
