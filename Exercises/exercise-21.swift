// Exercise 21: what a value costs in memory
//
// Implement three small estimators. Use MemoryLayout, not guesses.
//
// - arrayStorageBytes(of:count:) — the bytes an Array's element storage needs
//   for `count` values of T. Elements sit one STRIDE apart (not one size
//   apart), so this is MemoryLayout<T>.stride × count. Leave out the array's
//   own header. Example: 1,000 Int? -> 16,000 bytes (size 9, stride 16).
// - trailingPadding(of:) — the padding after the last stored byte of one T:
//   stride − size. Example: Int? -> 16 − 9 = 7.
// - pythonIntListBytes(count:) — what a CPython list of `count` DISTINCT ints
//   such as 10**6 costs: each list slot is an 8-byte pointer, and each int is
//   a separate 28-byte object (`sys.getsizeof(10**6)` is 28), so 36 bytes per
//   element. Leave out the list's fixed header (56 bytes) and spare capacity.
//   Example: 1,000,000 ints -> 36,000,000 bytes.
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

/// Bytes a CPython list of `count` distinct ints such as 10**6 needs.
func pythonIntListBytes(count: Int) -> Int {
    // TODO
    return 0
}
