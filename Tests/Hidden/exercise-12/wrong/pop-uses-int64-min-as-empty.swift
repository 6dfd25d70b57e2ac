// Blind spot: pop() ignores ring_pop's status and uses Int64.min as the 'nothing popped' sentinel, so a pushed Int64.min comes back as nil.
// Exposed by: let r = Ring(capacity: 2)!; r.push(Int64.min); r.pop()
//   reference: Optional(Int64.min) (-9223372036854775808); this: nil (and the value is gone: count is 0 afterwards).
//
// Exercise 12: an owning wrapper for a C library (blind-spot wrong answer)

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
        var out = Int64.min                   // no real value is ever Int64.min
        _ = ring_pop(h, &out)
        return out == Int64.min ? nil : out
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
