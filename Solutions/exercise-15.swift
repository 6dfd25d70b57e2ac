// Exercise 15: a Swift shared library called from Python (ctypes)
//
// This file is ALSO built as a shared library (.so). The course's Python
// script (support/hotpath_client.py) loads it with ctypes and declares:
//
//     course_sum_of_squares(double *xs, int64_t n) -> double
//     course_min_max(double *xs, int64_t n, double *min_out, double *max_out) -> int32_t
//     course_count_words(char *text) -> int64_t
//
// ctypes cannot read a header or a Swift signature: it trusts those
// declarations blindly. Your exports must match them exactly (Double, not
// Float; Int64 counts; Int32 status) and must be VISIBLE in the library:
// an internal `@c func` is compiled but hidden from the .so's symbol table,
// so Python says "undefined symbol". Exported functions must be `public`.
//
//   course_sum_of_squares  the sum of x*x over the n doubles; 0 if n <= 0 or
//                          xs is NULL.
//   course_min_max         writes the smallest and largest of the n doubles
//                          (in any order: the first is not the smallest)
//                          through the two out-pointers and returns 0;
//                          returns -1 and writes NOTHING, through either
//                          pointer, if n <= 0 or any of the three pointers
//                          is NULL. The doubles are never NaN, but they
//                          may be ±infinity: [inf, inf] has min and max inf.
//   course_count_words     exactly what Python's len(text.split()) says for
//                          the UTF-8 text; -1 if text is NULL. str.split()
//                          with no argument splits on runs of the characters
//                          str.isspace() accepts, which is MORE than space,
//                          tab, newline and carriage return: also \v, \f, the
//                          ASCII separators \x1c-\x1f, and Unicode spaces
//                          such as U+0085, U+00A0 (no-break space), U+2003
//                          and U+3000. In Swift that set is
//                          `scalar.properties.isWhitespace` (Unicode's
//                          White_Space) plus 0x1C...0x1F. Decode the bytes
//                          and count over Unicode scalars, as Python counts
//                          over code points; "héllo  wörld\tça va\n" has 4.
//
// Rules the checker enforces: it runs
//     python3 support/hotpath_client.py <your library>
// and checks every number the script prints (the big sum to within 1e-6 of
// what Python computes itself, every word count against Python's own
// len(text.split())). It needs python3.
//
// This starter compiles but returns placeholders.

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
