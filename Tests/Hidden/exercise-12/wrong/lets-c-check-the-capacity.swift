// Plausible wrong answer: lets C judge the capacity (ring_create returns NULL for 0, so why
// check?), so a negative Int reaches C as a huge size_t.

import CRing

final class Ring {
    /// The C ring this object owns; nil once it has been destroyed.
    private var handle: OpaquePointer?

    init?(capacity: Int) {
        guard let h = ring_create(capacity) else { return nil }
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
        handle = nil                           // forget it first, then free it
        ring_destroy(h)
    }

    deinit {
        close()
    }
}
