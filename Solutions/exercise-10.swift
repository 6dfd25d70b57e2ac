// Exercise 10: a C callback cannot capture — sorting with qsort
//
// THIS FILE DOES NOT COMPILE YET. THAT IS THE POINT.
//
// `qsort` takes its comparator as a C function pointer:
//     int (*compar)(const void *, const void *)
// A C function pointer is just a code address. There is no room next to it for
// the variables a Swift closure captures, so the closure below, which reads the
// local `flip`, is refused with
//     "a C function pointer cannot be formed from a closure that captures context".
// Read the error, then fix the design, not the syntax.
//
// Your task:
//   `int32Comparator(descending:)` returns the C comparator that `cSort` hands
//   to qsort: smallest first when `descending` is false, largest first when it
//   is true. It returns a NEGATIVE number when its first argument must come
//   first, POSITIVE when the second must, and exactly ZERO when the two values
//   are equal (C's contract: a comparator that never says "equal" is wrong).
//   `cSort(_:descending:)` sorts `values` in place WITH qsort and that comparator.
//
// Rules the checker enforces:
//   - the checker calls your comparators itself, on equal values and on
//     pairs of every sign, including Int32.min and Int32.max. The C idiom
//     `return a - b` overflows for those (in Swift `a - b` traps and `a &- b`
//     silently wraps to the wrong sign): compare, don't subtract;
//   - it asks for both comparators first and only then uses them, so the
//     direction cannot live in a global variable that the second request
//     overwrites: each comparator must know its own direction;
//   - empty, one-element and two-element arrays are fine inputs;
//   - cSort may run on several threads at once, in both directions, and
//     sorting `var b = a` must leave `a` as it was;
//   - do not let the buffer pointer escape `withUnsafeMutableBufferPointer`.
//
// Hint: a closure that captures nothing is allowed. You may have more than one.

import Foundation

/// The type of a C comparator as Swift imports qsort's `compar` parameter.
typealias Int32Comparator = @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?) -> Int32

func int32Comparator(descending: Bool) -> Int32Comparator {
    // Two comparators that capture nothing: each is a plain code address.
    let ascendingOrder: Int32Comparator = { a, b in
        let x = a!.load(as: Int32.self)
        let y = b!.load(as: Int32.self)
        return x < y ? -1 : (x > y ? 1 : 0)          // compare, never subtract; equal is 0
    }
    let descendingOrder: Int32Comparator = { a, b in
        let x = a!.load(as: Int32.self)
        let y = b!.load(as: Int32.self)
        return x > y ? -1 : (x < y ? 1 : 0)
    }
    // The choice happens here, in Swift; the C side only ever sees one function pointer.
    return descending ? descendingOrder : ascendingOrder
}

func cSort(_ values: inout [Int32], descending: Bool) {
    let comparator = int32Comparator(descending: descending)
    values.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress, buffer.count > 1 else { return }
        qsort(base, buffer.count, MemoryLayout<Int32>.stride, comparator)
    }
}
