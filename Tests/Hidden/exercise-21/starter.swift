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

/// Bytes of element storage an Array needs for `count` values of `T`.
func arrayStorageBytes<T>(of type: T.Type, count: Int) -> Int {
    // TODO
    return 0
}

/// Bytes of padding after the last stored byte of one `T`.
func trailingPadding<T>(of type: T.Type) -> Int {
    // TODO
    return 0
}

/// What sys.getsizeof reports for a Python int with this value.
func pythonIntObjectBytes(_ value: Int) -> Int {
    // TODO
    return 0
}

/// Bytes a CPython list holding `values` needs (slots plus int objects).
func pythonIntListBytes(_ values: [Int]) -> Int {
    // TODO
    return 0
}
