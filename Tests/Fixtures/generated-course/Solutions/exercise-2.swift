// exercise-2: a tally of names. Names are compared exactly ("Ana" and "ana" are two names).

final class Tally {
    private var counts: [String: Int] = [:]
    init() {}
    /// Counts one more `name`.
    func add(_ name: String) { counts[name, default: 0] += 1 }
    /// How many times `name` was added.
    func count(of name: String) -> Int { counts[name] ?? 0 }
    /// How many names were added in all, repeats included.
    var total: Int { counts.values.reduce(0, +) }
}
