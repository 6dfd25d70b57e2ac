// Plausible wrong answer: counts words on bytes split by space, tab, newline and carriage
// return only, the C-programmer's idea of whitespace, so Python's split() disagrees on \v, \f,
// \x1c-\x1f and Unicode spaces such as the no-break space.

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
    var words: Int64 = 0
    var inWord = false
    var p = text
    while p.pointee != 0 {
        switch UInt8(bitPattern: p.pointee) {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            inWord = false
        default:
            if !inWord { words += 1 }
            inWord = true
        }
        p += 1
    }
    return words
}
