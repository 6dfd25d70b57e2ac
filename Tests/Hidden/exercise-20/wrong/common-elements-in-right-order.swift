// Plausible wrong answer: commonElements walks right (deduplicated) and emits each match as many times as it occurs in left, so the result comes out in right's order instead of left's.

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
    var counts: [T: Int] = [:]
    for item in left { counts[item, default: 0] += 1 }
    var result: [T] = []
    var done = Set<T>()
    for item in right where done.insert(item).inserted {
        result += Array(repeating: item, count: counts[item] ?? 0)
    }
    return result
}
