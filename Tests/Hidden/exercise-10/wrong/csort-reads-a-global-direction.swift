// Blind spot: int32Comparator(descending:) is right, but cSort still sorts with one shared comparator that reads the direction from a global set just before qsort, so two sorts running at the same time in opposite directions can use each other's direction.
// Exposed by: two threads at once, 2000 times each: var u: [Int32] = [3, 1, 2]; cSort(&u, descending: false) and var d: [Int32] = [3, 1, 2]; cSort(&d, descending: true)
//   reference: always [1, 2, 3] and [3, 2, 1]; this: some runs give [3, 2, 1] for the ascending sort or [1, 2, 3] for the descending one (a stress test; a single-threaded call never shows it).
//
// Exercise 10: a C callback cannot capture — sorting with qsort (blind-spot wrong answer)

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

/// The direction of the sort in progress; `sortComparator` reads it.
private var sortDescending = false

/// One comparator for cSort: it captures nothing and reads the direction from the global.
private let sortComparator: Int32Comparator = { a, b in
    let x = a!.load(as: Int32.self)
    let y = b!.load(as: Int32.self)
    let up: Int32 = x < y ? -1 : (x > y ? 1 : 0)
    return sortDescending ? -up : up
}

func cSort(_ values: inout [Int32], descending: Bool) {
    sortDescending = descending
    values.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress, buffer.count > 1 else { return }
        qsort(base, buffer.count, MemoryLayout<Int32>.stride, sortComparator)
    }
}
