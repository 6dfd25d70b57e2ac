// Plausible wrong answer: a Python `key=`/`<` habit, a comparator that only answers
// "less" or "not less" and never returns 0 for equal values.
import Foundation

typealias Int32Comparator = @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?) -> Int32

func int32Comparator(descending: Bool) -> Int32Comparator {
    let ascending: Int32Comparator = { a, b in
        a!.load(as: Int32.self) < b!.load(as: Int32.self) ? -1 : 1
    }
    let descendingOrder: Int32Comparator = { a, b in
        a!.load(as: Int32.self) > b!.load(as: Int32.self) ? -1 : 1
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
