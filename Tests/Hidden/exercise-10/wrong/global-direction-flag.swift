// Plausible wrong answer: works around the capture error with a global variable, the
// Python `global flip` habit: the comparator reads the direction from shared state, so a
// comparator obtained earlier changes direction when a later one is requested.
import Foundation

typealias Int32Comparator = @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?) -> Int32

var sortDirection: Int32 = 1

func int32Comparator(descending: Bool) -> Int32Comparator {
    sortDirection = descending ? -1 : 1
    return { a, b in
        let x = a!.load(as: Int32.self)
        let y = b!.load(as: Int32.self)
        return sortDirection * (x < y ? -1 : (x > y ? 1 : 0))
    }
}

func cSort(_ values: inout [Int32], descending: Bool) {
    let comparator = int32Comparator(descending: descending)
    values.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress, buffer.count > 1 else { return }
        qsort(base, buffer.count, MemoryLayout<Int32>.stride, comparator)
    }
}
