// Plausible wrong answer: commonElements intersects two Sets, as Python's set(left) & set(right) would, and so drops left's duplicates.

/// The distinct items in order of first appearance. One pass, one Set:
/// O(n) hashing instead of an O(n) scan per item.
func uniqueInOrder<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>(minimumCapacity: items.count)
    var result: [T] = []
    for item in items where seen.insert(item).inserted {
        result.append(item)
    }
    return result
}

/// The items of `left` that also occur in `right`, in `left`'s order, with
/// `left`'s duplicates kept. The Set is built once, outside the loop.
func commonElements<T: Hashable>(_ left: [T], _ right: [T]) -> [T] {
    let common = Set(left).intersection(right)
    return uniqueInOrder(left).filter { common.contains($0) }
}
