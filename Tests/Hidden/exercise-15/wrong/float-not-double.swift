// Plausible wrong answer: Float where ctypes passes C double (a 4-byte view of 8-byte values).
@c public func course_sum_of_squares(_ xs: UnsafePointer<Float>?, _ n: Int64) -> Float {
    guard let xs, n > 0 else { return 0 }
    return UnsafeBufferPointer(start: xs, count: Int(n)).reduce(0) { $0 + $1 * $1 }
}

@c public func course_min_max(_ xs: UnsafePointer<Float>?, _ n: Int64,
                              _ minOut: UnsafeMutablePointer<Float>?,
                              _ maxOut: UnsafeMutablePointer<Float>?) -> Int32 {
    guard let xs, n > 0, let minOut, let maxOut else { return -1 }
    let values = UnsafeBufferPointer(start: xs, count: Int(n))
    minOut.pointee = values.min()!
    maxOut.pointee = values.max()!
    return 0
}

@c public func course_count_words(_ text: UnsafePointer<CChar>?) -> Int64 {
    guard let text else { return -1 }
    return Int64(String(cString: text).split(whereSeparator: { " \t\n\r".contains($0) }).count)
}
