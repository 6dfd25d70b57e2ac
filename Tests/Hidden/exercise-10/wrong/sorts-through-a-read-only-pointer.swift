// Blind spot: cSort hands qsort the address from withUnsafeBufferPointer (cast to mutable) instead of withUnsafeMutableBufferPointer, so it sorts storage the array may share with a copy: copy-on-write never runs and the original changes too.
// Exposed by: let a: [Int32] = [2, 1]; var b = a; cSort(&b, descending: false)
//   reference: a == [2, 1], b == [1, 2]; this: a == [1, 2] as well (a and b shared the storage qsort wrote into).
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

func cSort(_ values: inout [Int32], descending: Bool) {
    let comparator = int32Comparator(descending: descending)
    // `values` is inout already, so its address is all qsort needs.
    values.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress, buffer.count > 1 else { return }
        qsort(UnsafeMutableRawPointer(mutating: base), buffer.count, MemoryLayout<Int32>.stride, comparator)
    }
}
