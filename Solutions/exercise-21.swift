// Exercise 21: what a value costs in memory
//
// Implement four small estimators. Use MemoryLayout and the rules below, not
// guesses.
//
// - arrayStorageBytes(of:count:) — the bytes an Array's element storage needs
//   for `count` values of T. Elements sit one STRIDE apart (not one size
//   apart), so this is MemoryLayout<T>.stride × count. Leave out the array's
//   own header. Example: 1,000 Int? -> 16,000 bytes (size 9, stride 16).
// - trailingPadding(of:) — the padding after the last stored byte of one T:
//   stride − size. Example: Int? -> 16 − 9 = 7.
// - pythonIntObjectBytes(_:) — what `sys.getsizeof(value)` reports for a
//   Python int on 64-bit CPython 3.11: a 24-byte header plus 4 bytes for each
//   30-bit "digit" of the value's MAGNITUDE, counting at least one digit.
//   Examples: 0, 1 and 10**6 -> 28; 2**30 -> 32 (two digits); -2**30 -> 32;
//   2**60 -> 36. Careful: abs(Int.min) traps in Swift; `.magnitude` does not.
// - pythonIntListBytes(_:) — what a CPython list holding these ints costs,
//   leaving out the list's own header (56 bytes) and spare capacity:
//     * every slot is an 8-byte pointer, whatever it points to;
//     * every element is its own int object (true for a list built with range
//       or a comprehension), EXCEPT the small ints from -5 to 256 inclusive:
//       CPython keeps one shared object for each of those, so they cost only
//       their slot.
//   Examples: 1,000,000 ints from 10**6 up -> 36,000,000 bytes (8 + 28 each);
//   [0] * 1000 -> 8,000 bytes; [257] -> 36; [256] -> 8.
//
// The placeholders compile but return 0.

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
    for value in values where !(-5...256).contains(value) {
        bytes += pythonIntObjectBytes(value)
    }
    return bytes
}
