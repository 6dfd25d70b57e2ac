// Plausible wrong answer: the classic C comparator `return a - b`, made to compile with
// wrapping subtraction, which gives the wrong sign when the values are far apart.
import Foundation

typealias Int32Comparator = @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?) -> Int32

func int32Comparator(descending: Bool) -> Int32Comparator {
    let ascending: Int32Comparator = { a, b in a!.load(as: Int32.self) &- b!.load(as: Int32.self) }
    let descendingOrder: Int32Comparator = { a, b in b!.load(as: Int32.self) &- a!.load(as: Int32.self) }
    return descending ? descendingOrder : ascending
}

func cSort(_ values: inout [Int32], descending: Bool) {
    let comparator = int32Comparator(descending: descending)
    values.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress, buffer.count > 1 else { return }
        qsort(base, buffer.count, MemoryLayout<Int32>.stride, comparator)
    }
}
