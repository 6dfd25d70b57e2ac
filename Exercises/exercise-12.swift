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
    private var handle: OpaquePointer?

    init?(capacity: Int) {
        return nil // TODO: create the C ring
    }

    var count: Int {
        return 0 // TODO
    }

    @discardableResult
    func push(_ value: Int64) -> Bool {
        return false // TODO
    }

    func pop() -> Int64? {
        return nil // TODO: var out: Int64 = 0; ring_pop(handle, &out) ...
    }

    func close() {
        // TODO
    }

    // TODO: deinit
}
