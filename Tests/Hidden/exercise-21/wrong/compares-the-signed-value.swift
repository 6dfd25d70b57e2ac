// Plausible wrong answer: the int object size compares the signed value against 2**30 and 2**60, so a large negative int is sized as a one-digit int.

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
    if value < 1 << 30 { return 28 }
    if value < 1 << 60 { return 32 }
    return 36
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
