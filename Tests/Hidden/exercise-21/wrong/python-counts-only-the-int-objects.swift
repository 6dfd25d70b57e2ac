// Wrong: takes "28 bytes per integer" at face value and forgets that the list
// itself holds an 8-byte pointer to each int object.
func arrayStorageBytes<T>(of type: T.Type, count: Int) -> Int {
    MemoryLayout<T>.stride * count
}

func trailingPadding<T>(of type: T.Type) -> Int {
    MemoryLayout<T>.stride - MemoryLayout<T>.size
}

func pythonIntListBytes(count: Int) -> Int {
    28 * count
}
