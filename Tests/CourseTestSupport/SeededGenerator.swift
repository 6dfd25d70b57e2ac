/// The one deterministic random generator of the test suites (SplitMix64), so every property and fuzz
/// test reproduces: the same seed gives the same sequence on every machine.
public struct SeededGenerator: RandomNumberGenerator {
    /// The generator's internal state.
    public var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) {
        state = seed
    }

    /// Returns the next pseudo-random 64-bit value.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A number in `0..<n` (0 when n is not positive).
    public mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    /// True `percent` times in a hundred.
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    /// One of the items.
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
