// Exercise 10: a C callback cannot capture — sorting with qsort (reference solution)

import Foundation

func cSort(_ values: inout [Int32], descending: Bool) {
    // Two comparators that capture nothing: each is a plain code address.
    let ascendingOrder: @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?) -> Int32 = { a, b in
        let x = a!.load(as: Int32.self)
        let y = b!.load(as: Int32.self)
        return x < y ? -1 : (x > y ? 1 : 0)          // compare, never subtract
    }
    let descendingOrder: @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?) -> Int32 = { a, b in
        let x = a!.load(as: Int32.self)
        let y = b!.load(as: Int32.self)
        return x > y ? -1 : (x < y ? 1 : 0)
    }
    // The choice happens here, in Swift; the C side only ever sees one function pointer.
    let comparator = descending ? descendingOrder : ascendingOrder
    values.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress, buffer.count > 1 else { return }
        qsort(base, buffer.count, MemoryLayout<Int32>.stride, comparator)
    }
}
