// Blind spot: uniqueInOrder fills a [T: Int] of first indices walking BACKWARDS; a Dictionary keeps the key it stored first, i.e. the LAST of a group of equal items, so the order is right but the element returned is the last equal one, not the first.
// Visible only when equal items are distinguishable: uniqueInOrder(["e\u{301}", "\u{e9}"]) (both "é", == in Swift): the reference returns ["e\u{301}"] (2 scalars), this returns ["\u{e9}"] (1 scalar).
// Likewise uniqueInOrder([0.0, -0.0]): the reference returns [0.0], this [-0.0].
// Exercise 20: fix the O(n²) hot spot, not the whole program (blind-spot wrong answer).

/// The distinct items in order of first appearance. One pass, one Set:
/// O(n) hashing instead of an O(n) scan per item.
func uniqueInOrder<T: Hashable>(_ items: [T]) -> [T] {
    // First index of each item: walk backwards so the earliest index is written last.
    var firstIndex: [T: Int] = [:]
    for (index, item) in items.enumerated().reversed() {
        firstIndex[item] = index
    }
    return firstIndex.sorted { $0.value < $1.value }.map(\.key)
}

/// The items of `left` that also occur in `right`, in `left`'s order, with
/// `left`'s duplicates kept. The Set is built once, outside the loop.
func commonElements<T: Hashable>(_ left: [T], _ right: [T]) -> [T] {
    let lookup = Set(right)
    return left.filter { lookup.contains($0) }
}
