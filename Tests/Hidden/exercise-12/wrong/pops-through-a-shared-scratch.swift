// Blind spot: pop() receives ring_pop's value in one static scratch variable shared by every Ring, so two rings popped on two threads at the same time can return each other's value.
// Exposed by: two threads, each with its own Ring, each looping push(k) then pop() 100_000 times with k = 1 on one thread and k = 2 on the other
//   reference: every pop returns the value its own ring was given; this: some pops return the value of the other thread (a stress test; TSan reports the race).
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

    /// Where ring_pop writes the value: one buffer for every pop, no temporary per call.
    private static var scratch: Int64 = 0

    func pop() -> Int64? {
        guard let h = handle else { return nil }
        return ring_pop(h, &Ring.scratch) == 0 ? Ring.scratch : nil
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
