// Blind spot: uniqueInOrder remembers the hashValue of each item instead of the item, so two DIFFERENT items whose hashes collide count as one.
// Exposed by: a Hashable type whose hash(into:) combines only part of what == compares, e.g.
// struct Pair: Hashable { let a: Int; let b: Int; func hash(into h: inout Hasher) { h.combine(a) } }
// uniqueInOrder([Pair(a: 1, b: 1), Pair(a: 1, b: 2)]): the reference returns both pairs, this returns only [Pair(a: 1, b: 1)].
// Exercise 20: fix the O(n²) hot spot, not the whole program (blind-spot wrong answer).

/// The distinct items in order of first appearance. One pass, one Set:
/// O(n) hashing instead of an O(n) scan per item.
func uniqueInOrder<T: Hashable>(_ items: [T]) -> [T] {
    // Remember only the hash of each item seen: a Set of Ints is cheap.
    var seen = Set<Int>()
    var result: [T] = []
    for item in items where seen.insert(item.hashValue).inserted {
        result.append(item)
    }
    return result
}

/// The items of `left` that also occur in `right`, in `left`'s order, with
/// `left`'s duplicates kept. The Set is built once, outside the loop.
func commonElements<T: Hashable>(_ left: [T], _ right: [T]) -> [T] {
    let lookup = Set(right)
    return left.filter { lookup.contains($0) }
}
