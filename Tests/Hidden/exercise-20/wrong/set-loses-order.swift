// Plausible wrong answer: linear, but Array(Set(...)) returns the distinct items in hash order,
// not in order of first appearance.
func uniqueInOrder<T: Hashable>(_ items: [T]) -> [T] {
    return Array(Set(items))
}

func commonElements<T: Hashable>(_ left: [T], _ right: [T]) -> [T] {
    let lookup = Set(right)
    return left.filter { lookup.contains($0) }
}
