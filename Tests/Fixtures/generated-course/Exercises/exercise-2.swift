// exercise-2: a tally of names. Names are compared exactly ("Ana" and "ana" are two names).

final class Tally {
    init() {}
    /// Counts one more `name`.
    func add(_ name: String) {}
    /// How many times `name` was added.
    func count(of name: String) -> Int { -1 }
    /// How many names were added in all, repeats included.
    var total: Int { -1 }
}
