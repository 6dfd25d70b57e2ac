// Wrong: could not pass the flag into the comparator, so dropped it.
import Foundation

private let ascending: @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?) -> Int32 = { a, b in
    let x = a!.load(as: Int32.self)
    let y = b!.load(as: Int32.self)
    return x < y ? -1 : (x > y ? 1 : 0)
}

func cSort(_ values: inout [Int32], descending: Bool) {
    values.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return }
        qsort(base, buffer.count, MemoryLayout<Int32>.stride, ascending)
    }
}
