// Generated test cases for hidden suites, part one: seeded generators (the comparison is in
// CourseComparison.swift, the property runner, shrinking and lockstep runs in CourseProperties.swift).
// Appended to the harness module (one module, one source with CourseHarness.swift), so a suite file uses
// it with `import CourseHarness`. Standard library and Glibc
// only: it works in XCTest suites and in Swift Testing suites (which load no Foundation).
//
// Every generator draws from a recorded list of choices (as Hypothesis does). Shrinking simplifies that
// list — deletes runs of it, moves values toward zero — and replays the generator, so every generator
// and every combinator (map, filter, zip, oneOf, frequency) shrinks without code of its own, and choice 0
// always gives the simplest value.
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Choices and randomness

/// SplitMix64: small, fast, and the same sequence for the same seed on every machine.
public struct CourseRandom: RandomNumberGenerator {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The source a generator draws from: random choices that are recorded, or a recorded list replayed
/// (past its end every choice is 0, the simplest).
public struct Choices {
    var random: CourseRandom
    var replay: [UInt64]?
    public private(set) var recorded: [UInt64] = []
    /// How strongly generators prefer their edge cases (0...1): high for the first cases of a run.
    public var edgeBias: Double
    /// A size hint: how long collections and strings may grow in this case.
    public var size: Int
    /// Set by `filter` when it gave up: the case is discarded, not failed.
    var rejected = false
    /// Where each element of a collection lies in `recorded` (its "one more?" choice and its own choices):
    /// the shrinker deletes whole elements through them, however many choices an element took.
    public private(set) var spans: [Range<Int>] = []

    init(random: CourseRandom, replay: [UInt64]? = nil, edgeBias: Double, size: Int) {
        self.random = random
        self.replay = replay
        self.edgeBias = edgeBias
        self.size = size
    }

    /// A choice in 0..<bound (bound ≥ 1).
    public mutating func draw(_ bound: UInt64) -> UInt64 {
        let bound = max(bound, 1)
        let value: UInt64
        if let replay {
            value = recorded.count < replay.count ? min(replay[recorded.count], bound - 1) : 0
        } else {
            value = random.next() % bound
        }
        recorded.append(value)
        return value
    }

    /// True with probability `p` when drawing at random; false (the simpler branch) when replaying zeros.
    public mutating func chance(_ p: Double) -> Bool {
        let scale: UInt64 = 1 << 20
        return draw(scale) >= scale - UInt64(max(0, min(1, p)) * Double(scale))
    }

    /// Appends elements while `more` says so (its choice drawn first each time), each element's choices a span.
    public mutating func elements<T>(upTo cap: Int, more p: Double, _ element: (inout Choices) -> T) -> [T] {
        var items: [T] = []
        while items.count < cap {
            let start = recorded.count
            guard chance(p) else { break }
            items.append(element(&self))
            spans.append(start..<recorded.count)
        }
        return items
    }
}

// MARK: - Generators

/// A generator of values, with edge cases it prefers early in a run.
public struct Gen<Value> {
    let run: (inout Choices) -> Value

    public init(_ run: @escaping (inout Choices) -> Value) { self.run = run }

    /// One value from a choice source.
    public func generate(_ choices: inout Choices) -> Value { run(&choices) }

    public func map<T>(_ transform: @escaping (Value) -> T) -> Gen<T> {
        Gen<T> { choices in transform(self.run(&choices)) }
    }

    public func flatMap<T>(_ transform: @escaping (Value) -> Gen<T>) -> Gen<T> {
        Gen<T> { choices in transform(self.run(&choices)).run(&choices) }
    }

    /// Values that satisfy `predicate`; after 50 misses the case is discarded.
    public func filter(_ predicate: @escaping (Value) -> Bool) -> Gen<Value> {
        Gen { choices in
            var value = self.run(&choices)
            var tries = 0
            while !predicate(value) {
                tries += 1
                if tries > 50 { choices.rejected = true; return value }
                value = self.run(&choices)
            }
            return value
        }
    }

    /// An array of 0...maxCount values (the size hint caps the usual length; long ones come now and then).
    public func array(maxCount: Int = 40) -> Gen<[Value]> {
        Gen<[Value]> { choices in
            let cap = choices.chance(0.05) ? maxCount : min(maxCount, max(1, choices.size))
            let stop = 1.0 / (Double(cap) / 2 + 1)
            return choices.elements(upTo: cap, more: 1 - stop, self.run)
        }
    }

    /// An array of exactly `count` values.
    public func array(count: Int) -> Gen<[Value]> {
        Gen<[Value]> { choices in (0..<max(0, count)).map { _ in self.run(&choices) } }
    }

    /// An array of `range.lowerBound`...`range.upperBound` values.
    public func array(in range: ClosedRange<Int>) -> Gen<[Value]> {
        Gen<[Value]> { choices in
            let items = (0..<max(0, range.lowerBound)).map { _ in self.run(&choices) }
            let stop = 1.0 / (Double(min(range.upperBound - range.lowerBound, max(1, choices.size))) / 2 + 1)
            return items + choices.elements(upTo: range.upperBound - items.count, more: 1 - stop, self.run)
        }
    }

    /// nil first (and often), else a value.
    public var optional: Gen<Value?> {
        Gen<Value?> { choices in choices.chance(0.8) ? self.run(&choices) : nil }
    }
}

extension Gen {
    /// Always `value`.
    public static func constant(_ value: Value) -> Gen<Value> { Gen { _ in value } }

    /// One of `values`, the first ones simplest.
    public static func element(of values: [Value]) -> Gen<Value> {
        precondition(!values.isEmpty, "Gen.element(of:) needs at least one value")
        return Gen { choices in values[Int(choices.draw(UInt64(values.count)))] }
    }

    /// A value from one of the generators, chosen evenly.
    public static func oneOf(_ generators: [Gen<Value>]) -> Gen<Value> {
        precondition(!generators.isEmpty, "Gen.oneOf needs at least one generator")
        return Gen { choices in generators[Int(choices.draw(UInt64(generators.count)))].run(&choices) }
    }

    /// A value from one of the generators, chosen by weight.
    public static func frequency(_ weighted: [(Int, Gen<Value>)]) -> Gen<Value> {
        let total = weighted.reduce(0) { $0 + max(0, $1.0) }
        precondition(total > 0, "Gen.frequency needs a positive weight")
        return Gen { choices in
            var pick = Int(choices.draw(UInt64(total)))
            for (weight, generator) in weighted {
                if pick < max(0, weight) { return generator.run(&choices) }
                pick -= max(0, weight)
            }
            return weighted[weighted.count - 1].1.run(&choices)
        }
    }

    /// An edge case from `edges` (preferred early in a run), else a value of `other`.
    public static func edges(_ edges: [Value], else other: Gen<Value>) -> Gen<Value> {
        guard !edges.isEmpty else { return other }
        return Gen { choices in
            if choices.chance(1 - choices.edgeBias) { return other.run(&choices) }
            return edges[Int(choices.draw(UInt64(edges.count)))]
        }
    }
}

/// Two values, each from its own generator.
public func zip<A, B>(_ a: Gen<A>, _ b: Gen<B>) -> Gen<(A, B)> {
    Gen { choices in (a.run(&choices), b.run(&choices)) }
}

/// Three values, each from its own generator.
public func zip<A, B, C>(_ a: Gen<A>, _ b: Gen<B>, _ c: Gen<C>) -> Gen<(A, B, C)> {
    Gen { choices in (a.run(&choices), b.run(&choices), c.run(&choices)) }
}

/// Four values, each from its own generator.
public func zip<A, B, C, D>(_ a: Gen<A>, _ b: Gen<B>, _ c: Gen<C>, _ d: Gen<D>) -> Gen<(A, B, C, D)> {
    Gen { choices in (a.run(&choices), b.run(&choices), c.run(&choices), d.run(&choices)) }
}

extension Gen where Value == Bool {
    public static var bool: Gen<Bool> { Gen { choices in choices.draw(2) == 1 } }
}

extension Gen where Value == Int {
    /// Any Int: small ones mostly, then 0, ±1, the extremes, and large magnitudes now and then. Shrinks toward 0.
    public static var int: Gen<Int> {
        edges([0, 1, -1, 2, Int.max, Int.min, Int.max - 1, Int.min + 1, 255, 256, 1 << 31, -(1 << 31)], else: Gen { choices in
            let magnitude: UInt64 = choices.chance(0.2) ? UInt64.max : 1 << UInt64(choices.draw(20) + 1)
            let raw = choices.draw(magnitude)
            // Zigzag: 0, -1, 1, -2, 2, … so smaller choices are smaller magnitudes.
            return raw & 1 == 0 ? Int(truncatingIfNeeded: raw >> 1) : -Int(truncatingIfNeeded: raw >> 1) - 1
        })
    }

    /// An Int in `range`, its bounds first among the edge cases; shrinks toward the bound nearest 0.
    public static func int(in range: ClosedRange<Int>) -> Gen<Int> {
        let anchor = range.contains(0) ? 0 : (range.lowerBound > 0 ? range.lowerBound : range.upperBound)
        let edgeCases = [anchor, range.lowerBound, range.upperBound, anchor + 1, anchor - 1].filter { range.contains($0) }
        return edges(edgeCases, else: Gen { choices in
            let below = UInt64(bitPattern: Int64(anchor)) &- UInt64(bitPattern: Int64(range.lowerBound))
            let above = UInt64(bitPattern: Int64(range.upperBound)) &- UInt64(bitPattern: Int64(anchor))
            let span = max(below, above)
            let step = span == UInt64.max ? choices.draw(UInt64.max) : choices.draw(span &+ 1)
            let up = choices.draw(2) == 0
            if up, step <= above { return anchor + Int(truncatingIfNeeded: step) }
            if !up, step <= below { return anchor - Int(truncatingIfNeeded: step) }
            return up ? anchor - Int(truncatingIfNeeded: min(step, below)) : anchor + Int(truncatingIfNeeded: min(step, above))
        })
    }
}

extension Gen where Value == Double {
    /// Special values every numeric function meets sooner or later.
    public static let specialDoubles: [Double] = [0, -0.0, 1, -1, .nan, .infinity, -.infinity,
                                                   .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude,
                                                   .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 0.1, 0.5, 1e9, 1e15, 2e-308]

    /// Any Double: small integers, fractions, huge and tiny magnitudes, and the special values (NaN,
    /// ±infinity, -0.0, subnormals) among the edge cases.
    public static var double: Gen<Double> {
        edges(specialDoubles, else: finiteDouble)
    }

    /// Finite Doubles only: small integers (readable counterexamples), fractions, large and tiny magnitudes.
    public static var finiteDouble: Gen<Double> {
        Gen { choices in
            let sign: Double = choices.draw(2) == 0 ? 1 : -1
            switch choices.draw(4) {
            case 0: return sign * Double(choices.draw(100))
            case 1: return sign * Double(choices.draw(1_000_000)) / 1000
            case 2: return sign * Double(choices.draw(1 << 52)) * pow(10, Double(Int(choices.draw(30)) - 15)) / Double(1 << 52)
            default: return sign * Double(choices.draw(1000) + 1) * pow(10, Double(choices.draw(300)))
            }
        }
    }

    /// A Double in `range` (finite bounds), the bounds among the edge cases.
    public static func double(in range: ClosedRange<Double>) -> Gen<Double> {
        let simplest = range.contains(0) ? 0 : range.lowerBound
        let edgeCases = [simplest, range.lowerBound, range.upperBound, (range.lowerBound + range.upperBound) / 2]
            + [-0.0, 1, -1, 0.5].filter { range.contains($0) }
        return edges(edgeCases, else: Gen { choices in
            let unit = Double(choices.draw(1 << 53)) / Double(1 << 53)
            if choices.chance(0.3) {  // a round number, easy to read in a counterexample
                let whole = (simplest + (range.upperBound - simplest) * unit).rounded()
                return min(max(whole, range.lowerBound), range.upperBound)
            }
            return min(max(range.lowerBound + (range.upperBound - range.lowerBound) * unit, range.lowerBound), range.upperBound)
        })
    }

    /// Values of large magnitude with a small spread (1e9 + 0, 1e9 + 1, …): what one-pass formulas lose.
    public static var hugeWithSmallSpread: Gen<[Double]> {
        Gen<[Double]> { choices in
            let base = [1e9, 1e12, 1e15, 4.5e15, 1e8][Int(choices.draw(5))]
            let count = Int(choices.draw(9)) + 2
            return (0..<count).map { _ in base + Double(choices.draw(10)) }
        }
    }
}

extension Gen where Value == Character {
    /// Characters a text function must survive: ASCII, accents as one scalar and as a combining mark, emoji
    /// (with modifiers and joiners), flags, other scripts, spaces that are not U+0020, NUL and control characters.
    public static let unusualCharacters: [Character] = [
        "a", " ", "Z", "0", "-", "_", ".", "é", "e\u{301}", "ñ", "ß", "İ", "\u{0}", "\t", "\n", "\r\n", "\u{7F}",
        "\u{A0}", "\u{2009}", "\u{3000}", "😀", "👍🏽", "👨‍👩‍👧", "🇫🇷", "中", "한", "ا", "א", "\u{200B}", "\u{FEFF}", "ﬁ", "Ω",
    ]

    /// Mostly ASCII letters and digits; the unusual characters among the edge cases.
    public static var character: Gen<Character> {
        edges(unusualCharacters, else: Gen { choices in
            let ascii = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,!?'")
            return ascii[Int(choices.draw(UInt64(ascii.count)))]
        })
    }

    /// Printable ASCII only.
    public static var asciiCharacter: Gen<Character> {
        Gen { choices in Character(Unicode.Scalar(UInt8(32 + choices.draw(95)))) }
    }
}

extension Gen where Value == String {
    /// Strings of any characters (see `Gen<Character>.character`), now and then long ones.
    public static var string: Gen<String> { string(of: .character) }

    /// Printable ASCII strings.
    public static var asciiString: Gen<String> { string(of: .asciiCharacter) }

    public static func string(of characters: Gen<Character>, maxCount: Int = 300) -> Gen<String> {
        characters.array(maxCount: maxCount).map { String($0) }
    }
}

extension Gen {
    /// A dictionary from generated keys and values (later duplicates of a key win).
    public static func dictionary<K: Hashable, V>(_ keys: Gen<K>, _ values: Gen<V>, maxCount: Int = 20) -> Gen<[K: V]>
    where Value == [K: V] {
        zip(keys, values).array(maxCount: maxCount).map { pairs in
            var dictionary: [K: V] = [:]
            for (key, value) in pairs { dictionary[key] = value }
            return dictionary
        }
    }
}

extension Gen where Value: Sequence, Value.Element: Comparable {
    /// The same arrays, sorted ascending (sorted input is a classic blind spot).
    public var sortedArray: Gen<[Value.Element]> { map { $0.sorted() } }
    /// The same arrays, sorted descending.
    public var reversedArray: Gen<[Value.Element]> { map { $0.sorted(by: >) } }
}
