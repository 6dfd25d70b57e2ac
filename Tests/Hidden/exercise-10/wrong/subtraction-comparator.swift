// Wrong: the classic C comparator `return a - b`, made to compile with wrapping subtraction.
import Foundation

private let ascending: @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?) -> Int32 = { a, b in
    a!.load(as: Int32.self) &- b!.load(as: Int32.self)
}

private let descendingOrder: @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?) -> Int32 = { a, b in
    b!.load(as: Int32.self) &- a!.load(as: Int32.self)
}

func cSort(_ values: inout [Int32], descending: Bool) {
    let comparator = descending ? descendingOrder : ascending
    values.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return }
        qsort(base, buffer.count, MemoryLayout<Int32>.stride, comparator)
    }
}
