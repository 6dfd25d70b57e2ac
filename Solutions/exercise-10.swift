// Exercise 10: a C callback cannot capture — sorting with qsort (reference solution)

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
