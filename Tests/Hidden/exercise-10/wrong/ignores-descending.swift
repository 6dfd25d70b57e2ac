// Plausible wrong answer: could not pass the flag into the comparator, so dropped it:
// the same ascending comparator is returned for both directions.
import Foundation

typealias Int32Comparator = @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?) -> Int32

func int32Comparator(descending: Bool) -> Int32Comparator {
    return { a, b in
        let x = a!.load(as: Int32.self)
        let y = b!.load(as: Int32.self)
        return x < y ? -1 : (x > y ? 1 : 0)
    }
}

func cSort(_ values: inout [Int32], descending: Bool) {
    let comparator = int32Comparator(descending: descending)
    values.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress, buffer.count > 1 else { return }
        qsort(base, buffer.count, MemoryLayout<Int32>.stride, comparator)
    }
}
