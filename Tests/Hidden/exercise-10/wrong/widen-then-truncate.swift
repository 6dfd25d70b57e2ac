// Plausible wrong answer: avoids the overflow trap by subtracting in Int, then squeezes the
// difference back into Int32 with truncatingIfNeeded, which flips the sign for far-apart values.
import Foundation

typealias Int32Comparator = @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?) -> Int32

func int32Comparator(descending: Bool) -> Int32Comparator {
    let ascending: Int32Comparator = { a, b in
        Int32(truncatingIfNeeded: Int(a!.load(as: Int32.self)) - Int(b!.load(as: Int32.self)))
    }
    let descendingOrder: Int32Comparator = { a, b in
        Int32(truncatingIfNeeded: Int(b!.load(as: Int32.self)) - Int(a!.load(as: Int32.self)))
    }
    return descending ? descendingOrder : ascending
}

func cSort(_ values: inout [Int32], descending: Bool) {
    let comparator = int32Comparator(descending: descending)
    values.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress, buffer.count > 1 else { return }
        qsort(base, buffer.count, MemoryLayout<Int32>.stride, comparator)
    }
}
