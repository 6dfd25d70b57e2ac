// Plausible wrong answer: uniqueInOrder walks the items backwards to use a Set, so each item is kept at its LAST appearance instead of its first.

/// The distinct items in order of first appearance. One pass, one Set:
/// O(n) hashing instead of an O(n) scan per item.
func uniqueInOrder<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>(minimumCapacity: items.count)
    var result: [T] = []
    for item in items.reversed() where seen.insert(item).inserted {
        result.append(item)
    }
    return result.reversed()
}

/// The items of `left` that also occur in `right`, in `left`'s order, with
/// `left`'s duplicates kept. The Set is built once, outside the loop.
func commonElements<T: Hashable>(_ left: [T], _ right: [T]) -> [T] {
    let lookup = Set(right)
    return left.filter { lookup.contains($0) }
}
