// Blind spot: the stride is computed by hand as the size rounded up to the alignment, which is 0 for a zero-sized type, while Swift gives every type a stride of at least 1.
// Exposed by: arrayStorageBytes(of: Void.self, count: 10): the reference returns 10 (stride 1), this returns 0; trailingPadding(of: Void.self): reference 1, this 0.
// (Same for any empty struct.)
// Exercise 21: what a value costs in memory (blind-spot wrong answer).

/// Bytes of element storage an Array needs for `count` values of `T`:
/// elements sit `stride` bytes apart, so it is stride × count.
func arrayStorageBytes<T>(of type: T.Type, count: Int) -> Int {
    paddedSize(of: T.self) * count
}

/// The size rounded up to the next multiple of the alignment: the stride.
func paddedSize<T>(of type: T.Type) -> Int {
    let size = MemoryLayout<T>.size, alignment = MemoryLayout<T>.alignment
    return (size + alignment - 1) / alignment * alignment
}

/// Bytes of padding after the last stored byte of one `T`: stride − size.
func trailingPadding<T>(of type: T.Type) -> Int {
    paddedSize(of: T.self) - MemoryLayout<T>.size
}

/// What `sys.getsizeof(value)` reports for a Python int on 64-bit CPython 3.11:
/// a 24-byte header plus 4 bytes per 30-bit digit of the magnitude, with at
/// least one digit (so 0 costs 28 bytes, like 1).
func pythonIntObjectBytes(_ value: Int) -> Int {
    var magnitude = value.magnitude      // no abs(): abs(Int.min) traps
    var digits = 0
    while magnitude > 0 {
        magnitude >>= 30
        digits += 1
    }
    return 24 + 4 * max(digits, 1)
}

/// Bytes a CPython list holding `values` needs, leaving out the list's own
/// header and spare capacity: an 8-byte pointer per slot, plus one int object
/// per element, except for the small ints -5...256, which CPython shares and
/// never allocates again.
func pythonIntListBytes(_ values: [Int]) -> Int {
    var bytes = 8 * values.count
    for value in values where !(-5...256).contains(value) {
        bytes += pythonIntObjectBytes(value)
    }
    return bytes
}
