// Plausible wrong answer: splits Swift Characters with isWhitespace, which looks like Python's
// split() but follows Unicode's White_Space only, so the ASCII separators \x1c-\x1f, which
// Python's str.isspace() also accepts, do not separate words, and a space followed by a
// combining accent is one whitespace Character to Swift but a space and a word to Python.

@c public func course_sum_of_squares(_ xs: UnsafePointer<Double>?, _ n: Int64) -> Double {
    guard let xs, n > 0 else { return 0 }
    // View the caller's memory in place: no copy of Python's array.
    let values = UnsafeBufferPointer(start: xs, count: Int(n))
    var total = 0.0
    for x in values { total += x * x }
    return total
}

@c public func course_min_max(_ xs: UnsafePointer<Double>?, _ n: Int64,
                              _ minOut: UnsafeMutablePointer<Double>?,
                              _ maxOut: UnsafeMutablePointer<Double>?) -> Int32 {
    guard let xs, n > 0, let minOut, let maxOut else { return -1 }
    let values = UnsafeBufferPointer(start: xs, count: Int(n))
    var lo = values[0]
    var hi = values[0]
    for x in values.dropFirst() {
        if x < lo { lo = x }
        if x > hi { hi = x }
    }
    minOut.pointee = lo
    maxOut.pointee = hi
    return 0
}

@c public func course_count_words(_ text: UnsafePointer<CChar>?) -> Int64 {
    guard let text else { return -1 }
    return Int64(String(cString: text).split(whereSeparator: { $0.isWhitespace }).count)
}
