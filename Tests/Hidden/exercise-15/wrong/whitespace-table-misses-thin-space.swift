// Blind spot: course_count_words uses a hand-written table of whitespace code points that lists the ones the lesson names (and em space U+2003) but not the rest of the U+2000-U+200A block (en space, thin space, hair space, ...).
// Exposed by: course_count_words("a\u{2009}b") (thin space): Python's len(text.split()) and the reference say 2, this says 1.
// Same for U+2000, U+2001, U+2002, U+2004-U+200A.
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
    // Python's str.isspace(): Unicode White_Space, plus the ASCII separators 0x1C-0x1F.
    // The whitespace Python's str.split() knows, as a table: ASCII space and
    // \t \n \v \f \r, the separators 0x1C-0x1F, NEL, no-break space, Ogham,
    // em space, the line/paragraph separators, narrow NBSP, math space, ideographic space.
    let pythonSpaces: Set<UInt32> = [
        0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F,
        0x85, 0xA0, 0x1680, 0x2003, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
    ]
    func isPythonSpace(_ scalar: Unicode.Scalar) -> Bool {
        pythonSpaces.contains(scalar.value)
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
