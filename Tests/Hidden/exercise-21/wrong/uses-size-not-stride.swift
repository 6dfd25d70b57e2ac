// Wrong: multiplies by size instead of stride, forgetting the padding between
// array elements.
func arrayStorageBytes<T>(of type: T.Type, count: Int) -> Int {
    MemoryLayout<T>.size * count
}

func trailingPadding<T>(of type: T.Type) -> Int {
    MemoryLayout<T>.stride - MemoryLayout<T>.size
}

func pythonIntListBytes(count: Int) -> Int {
    36 * count
}
