// Exercise 20: fix the O(n²) hot spot, not the whole program
//
// Both functions below give the RIGHT answers already. They are just
// quadratic: `Array.contains` scans the whole array, and it runs once per
// item. Profiling found them; your job is the small fix, not a rewrite.
//
// Keep exactly what they return:
//   uniqueInOrder(_:)      the distinct items in order of FIRST appearance
//                          ([3, 1, 3, 2, 1] -> [3, 1, 2])
//   commonElements(_:_:)   the items of `left` that also occur in `right`, in
//                          `left`'s order, keeping `left`'s duplicates
//                          ([5, 1, 4, 1, 9] and [1, 9, 7] -> [1, 1, 9])
// and make them linear-ish. The hidden tests feed them `Counted` values (a
// course-provided Int wrapper that counts every `==` and every `hash(into:)`
// in `Counted.operations`) and require, for inputs of 2,000 items:
//   uniqueInOrder:   at most 20 operations per input item   (40,000 in all)
//   commonElements:  at most 20 operations per item of left + right (80,000)
// and, for uniqueInOrder on 8,000 items (4,000 distinct), at most 160,000
// operations and at most 8 times what the 2,000-item input (1,000 distinct)
// cost: linear work grows about 4 times, quadratic work about 16 times.
// A Set-based version needs only a few per item; the code below needs hundreds.
// (The budgets are wide on purpose: Set's hash seed changes per process, so
// its counts move by a few percent from run to run.)
//
// Course-provided (compiled with this file, do not redeclare it):
//   struct Counted: Hashable { let value: Int; static var operations: Int }

/// The distinct items in order of first appearance. One pass, one Set:
/// O(n) hashing instead of an O(n) scan per item.
func uniqueInOrder<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    var result: [T] = []
    for item in items where seen.insert(item).inserted {
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
