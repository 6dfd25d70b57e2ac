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
// Your task: `cSort(_:descending:)` sorts `values` in place WITH qsort,
// ascending when `descending` is false, largest first when it is true.
//
// Rules the checker enforces:
//   - the comparator returns a negative number, zero, or a positive number;
//     it must be right for every Int32, including Int32.min and Int32.max.
//     The C idiom `return a - b` overflows for those (in Swift `a - b` traps
//     and `a &- b` silently wraps to the wrong sign): compare, don't subtract;
//   - an empty array and a one-element array are fine inputs;
//   - do not let the buffer pointer escape `withUnsafeMutableBufferPointer`.
//
// Hint: a closure that captures nothing is allowed. You may have more than one.

import Foundation

func cSort(_ values: inout [Int32], descending: Bool) {
    let flip: Int32 = descending ? -1 : 1
    values.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return }
        qsort(base, buffer.count, MemoryLayout<Int32>.stride) { a, b in
            let x = a!.load(as: Int32.self)
            let y = b!.load(as: Int32.self)
            return flip * (x < y ? -1 : (x > y ? 1 : 0))   // captures `flip`: refused
        }
    }
}
