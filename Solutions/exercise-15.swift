// Exercise 15: a Swift shared library called from Python (ctypes) (reference solution)

// Each export is a thin C entry point over a Swift overload with labels (the checker's generated tests
// call those as the oracle: in the test process the C names belong to the learner's library).

@c public func course_sum_of_squares(_ xs: UnsafePointer<Double>?, _ n: Int64) -> Double {
    course_sum_of_squares(values: xs, count: n)
}

@c public func course_min_max(_ xs: UnsafePointer<Double>?, _ n: Int64,
                              _ minOut: UnsafeMutablePointer<Double>?,
                              _ maxOut: UnsafeMutablePointer<Double>?) -> Int32 {
    course_min_max(values: xs, count: n, minOut: minOut, maxOut: maxOut)
}

@c public func course_count_words(_ text: UnsafePointer<CChar>?) -> Int64 {
    course_count_words(text: text)
}

func course_sum_of_squares(values xs: UnsafePointer<Double>?, count n: Int64) -> Double {
    guard let xs, n > 0 else { return 0 }
    // View the caller's memory in place: no copy of Python's array.
    let values = UnsafeBufferPointer(start: xs, count: Int(n))
    var total = 0.0
    for x in values { total += x * x }
    return total
}

func course_min_max(values xs: UnsafePointer<Double>?, count n: Int64,
                    minOut: UnsafeMutablePointer<Double>?, maxOut: UnsafeMutablePointer<Double>?) -> Int32 {
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

func course_count_words(text: UnsafePointer<CChar>?) -> Int64 {
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
