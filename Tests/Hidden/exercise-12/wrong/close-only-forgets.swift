// Plausible wrong answer: close() only drops the handle and leaves the freeing to deinit,
// as if setting a Python attribute to None freed the C memory: the ring leaks.

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
        return ring_pop(h, &out) == 0 ? out : nil
    }

    func close() {
        guard let h = handle else { return }   // already closed: nothing to do
        _ = h
        handle = nil
    }

    deinit {
        close()
    }
}
