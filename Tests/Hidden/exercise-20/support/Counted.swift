// Course-provided type for exercise 20. It is compiled together with your
// file; you do not edit it.

/// An integer that counts every equality check (`==`) and every hash
/// (`hash(into:)`) done on it, in one shared counter. The tests wrap their
/// data in `Counted` and look at `Counted.operations` afterwards: that count,
/// not a stopwatch, shows whether your code is linear or quadratic.
struct Counted: Hashable, CustomStringConvertible {
    let value: Int

    init(_ value: Int) { self.value = value }

    /// Equality checks plus hashes since the last reset.
    nonisolated(unsafe) static var operations = 0

    static func == (lhs: Counted, rhs: Counted) -> Bool {
        operations += 1
        return lhs.value == rhs.value
    }

    func hash(into hasher: inout Hasher) {
        Counted.operations += 1
        hasher.combine(value)
    }

    var description: String { "Counted(\(value))" }
}
