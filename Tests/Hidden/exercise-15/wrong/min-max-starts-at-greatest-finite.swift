// Blind spot: course_min_max starts the running min/max at ±Double.greatestFiniteMagnitude instead of at the first element, so an array whose values are all +infinity (or all -infinity) reports a finite bound that is not in the array.
// Exposed by: course_min_max([inf, inf], 2): the reference writes min = inf, max = inf; this writes min = 1.7976931348623157e308, max = inf.
// (Likewise [-inf] -> reference max -inf, this -1.797...e308.)
// Exercise 15: a Swift shared library called from Python (ctypes) (blind-spot wrong answer)

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
    // Start from the extremes of Double, so that any value replaces them.
    var lo = Double.greatestFiniteMagnitude
    var hi = -Double.greatestFiniteMagnitude
    for x in values {
        if x < lo { lo = x }
        if x > hi { hi = x }
    }
    minOut.pointee = lo
    maxOut.pointee = hi
    return 0
}

@c public func course_count_words(_ text: UnsafePointer<CChar>?) -> Int64 {
    guard let text else { return -1 }
    // Python's str.isspace(): Unicode White_Space, plus the ASCII separators 0x1C-0x1F.
    func isPythonSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }
    var words: Int64 = 0
    var inWord = false
    // Decode the UTF-8 bytes and walk Unicode scalars, as Python walks code points
    // (not Characters: Swift would glue " \u{301}" into one whitespace Character).
    for scalar in String(cString: text).unicodeScalars {
        if isPythonSpace(scalar) {
            inWord = false
        } else {
            if !inWord { words += 1 }
            inWord = true
        }
    }
    return words
}
