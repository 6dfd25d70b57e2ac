// Exercise 12: an owning wrapper for a C library
//
// CRing (header support/ring.h, already built for you) is a small C ring
// buffer with a C-style life cycle:
//
//     ring   *ring_create(size_t capacity);          // NULL if capacity == 0
//     void    ring_destroy(ring *r);                 // exactly once per ring
//     int     ring_push(ring *r, int64_t value);     // 0 ok, -1 full
//     int     ring_pop(ring *r, int64_t *out);       // 0 ok, -1 empty; value via out-pointer
//     size_t  ring_count(const ring *r);
//
// In Swift, `ring *` arrives as `OpaquePointer`. Wrap it in a class that OWNS
// it, the way a Rust struct with `impl Drop` or a Python object with a
// finaliser would, so nobody using `Ring` can leak or double-free:
//
//   init?(capacity: Int)   nil if capacity <= 0, decided in Swift WITHOUT
//                          calling C (a negative Int reaches C as a huge
//                          size_t), or if ring_create returns NULL (it can:
//                          out of memory). Capacity 1 is valid.
//   push(_:) -> Bool       true if stored, false if full (or closed)
//   pop() -> Int64?        the oldest value, nil if empty (or closed);
//                          read it through ring_pop's out-pointer
//   count: Int             values stored (0 when closed)
//   close()                frees the C ring NOW; calling it again is harmless
//   deinit                 frees the C ring unless close() already did
//
// Rules the checker enforces (CRing counts live rings, calls to ring_create
// and bad calls, and can make the next ring_create fail):
//   - Ring(capacity: 0) and negative capacities never call ring_create;
//   - a NULL from ring_create gives nil, not a crash;
//   - when the last reference to a Ring goes away, ring_live_count() is back
//     where it was: no leaks, for 1 ring or for 200;
//   - ring_destroy runs exactly once per ring, whether or not close() was
//     called first: ring_bad_calls() must not move;
//   - after close(), no C function is ever called with the dead pointer;
//   - any Int64 is a value (Int64.min and Int64.max too), and two Rings
//     may be used on two threads at the same time, one Ring per thread.
//
// This starter compiles but `init?` always fails.

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
        handle = nil                           // forget it first, then free it
        ring_destroy(h)
    }

    deinit {
        close()
    }
}
