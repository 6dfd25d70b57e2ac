// Plausible wrong answer: correct code, but the @c functions are internal, so the .so does not export them.
@c func course_sum_of_squares(_ xs: UnsafePointer<Double>?, _ n: Int64) -> Double {
    guard let xs, n > 0 else { return 0 }
    return UnsafeBufferPointer(start: xs, count: Int(n)).reduce(0) { $0 + $1 * $1 }
}

@c func course_min_max(_ xs: UnsafePointer<Double>?, _ n: Int64,
                       _ minOut: UnsafeMutablePointer<Double>?,
                       _ maxOut: UnsafeMutablePointer<Double>?) -> Int32 {
    guard let xs, n > 0, let minOut, let maxOut else { return -1 }
    let values = UnsafeBufferPointer(start: xs, count: Int(n))
    minOut.pointee = values.min()!
    maxOut.pointee = values.max()!
    return 0
}

@c func course_count_words(_ text: UnsafePointer<CChar>?) -> Int64 {
    guard let text else { return -1 }
    return Int64(String(cString: text).split(whereSeparator: { " \t\n\r".contains($0) }).count)
}
