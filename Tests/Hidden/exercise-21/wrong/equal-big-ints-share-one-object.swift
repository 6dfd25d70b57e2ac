// Blind spot: pythonIntListBytes counts one int object per DISTINCT big value, as if CPython shared equal ints beyond the small-int cache; every element is its own object.
// Exposed by: pythonIntListBytes([1000, 1000]): the reference returns 72 (2 slots + 2 objects of 28), this returns 44 (2 slots + 1 object).
// Exercise 21: what a value costs in memory (blind-spot wrong answer).

/// Bytes of element storage an Array needs for `count` values of `T`:
/// elements sit `stride` bytes apart, so it is stride × count.
func arrayStorageBytes<T>(of type: T.Type, count: Int) -> Int {
    MemoryLayout<T>.stride * count
}

/// Bytes of padding after the last stored byte of one `T`: stride − size.
func trailingPadding<T>(of type: T.Type) -> Int {
    MemoryLayout<T>.stride - MemoryLayout<T>.size
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
    // Equal ints are the same object: count each big value's object once.
    for value in Set(values) where !(-5...256).contains(value) {
        bytes += pythonIntObjectBytes(value)
    }
    return bytes
}
