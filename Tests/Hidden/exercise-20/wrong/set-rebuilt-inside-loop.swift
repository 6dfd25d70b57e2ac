// Plausible wrong answer: commonElements uses a Set, but builds it inside the closure, so the
// whole of `right` is hashed again for every item of `left`: still quadratic.
func uniqueInOrder<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    var result: [T] = []
    for item in items where seen.insert(item).inserted {
        result.append(item)
    }
    return result
}

func commonElements<T: Hashable>(_ left: [T], _ right: [T]) -> [T] {
    return left.filter { Set(right).contains($0) }
}
