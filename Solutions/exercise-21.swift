// Exercise 21: what a value costs in memory (reference solution).

/// Bytes of element storage an Array needs for `count` values of `T`:
/// elements sit `stride` bytes apart, so it is stride × count.
func arrayStorageBytes<T>(of type: T.Type, count: Int) -> Int {
    MemoryLayout<T>.stride * count
}

/// Bytes of padding after the last stored byte of one `T`: stride − size.
func trailingPadding<T>(of type: T.Type) -> Int {
    MemoryLayout<T>.stride - MemoryLayout<T>.size
}

/// Bytes a CPython list of `count` distinct ints such as 10**6 needs:
/// an 8-byte pointer per slot plus a 28-byte int object per element
/// (the list's fixed header and spare capacity are left out).
func pythonIntListBytes(count: Int) -> Int {
    (8 + 28) * count
}
