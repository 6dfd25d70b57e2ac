// Generated test cases for hidden suites: seeded generators, a property runner that shrinks a failure to
// a small counterexample, a structural comparison that no learner `==` can bend, and lockstep runs of a
// learner's stateful type against the reference's. Appended to the harness module (one module with
// CourseHarness.swift), so a suite file uses it with `import CourseHarness`. Standard library and Glibc
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
            var items: [Value] = []
            let cap = choices.chance(0.05) ? maxCount : min(maxCount, max(1, choices.size))
            let stop = 1.0 / (Double(cap) / 2 + 1)
            while items.count < cap, choices.chance(1 - stop) { items.append(self.run(&choices)) }
            return items
        }
    }

    /// An array of exactly `count` values.
    public func array(count: Int) -> Gen<[Value]> {
        Gen<[Value]> { choices in (0..<max(0, count)).map { _ in self.run(&choices) } }
    }

    /// An array of `range.lowerBound`...`range.upperBound` values.
    public func array(in range: ClosedRange<Int>) -> Gen<[Value]> {
        Gen<[Value]> { choices in
            var items = (0..<max(0, range.lowerBound)).map { _ in self.run(&choices) }
            let stop = 1.0 / (Double(min(range.upperBound - range.lowerBound, max(1, choices.size))) / 2 + 1)
            while items.count < range.upperBound, choices.chance(1 - stop) { items.append(self.run(&choices)) }
            return items
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

// MARK: - Describing and comparing values

/// A value as Swift-like text built from its stored fields (a learner's `description` is never used):
/// `Summary(count: 3, min: 1000000000.0)`, strings quoted with escapes, Doubles exact.
public func courseDescribe(_ value: Any, depth: Int = 0) -> String {
    if depth > 8 { return "…" }
    if let text = value as? String { return courseQuoted(text) }
    if let character = value as? Character { return courseQuoted(String(character)) }
    if let double = value as? Double { return courseDouble(double) }
    if let float = value as? Float { return courseDouble(Double(float)) }
    let mirror = Mirror(reflecting: value)
    let name = courseTypeName(type(of: value))
    switch mirror.displayStyle {
    case .optional:
        guard let wrapped = mirror.children.first else { return "nil" }
        return courseDescribe(wrapped.value, depth: depth + 1)
    case .collection, .set:
        let items = mirror.children.prefix(50).map { courseDescribe($0.value, depth: depth + 1) }
        return "[" + items.joined(separator: ", ") + (mirror.children.count > 50 ? ", … (\(mirror.children.count) in all)" : "") + "]"
    case .dictionary:
        let items = mirror.children.prefix(50).map { entry -> String in
            let pair = Array(Mirror(reflecting: entry.value).children)
            guard pair.count == 2 else { return courseDescribe(entry.value, depth: depth + 1) }
            return courseDescribe(pair[0].value, depth: depth + 1) + ": " + courseDescribe(pair[1].value, depth: depth + 1)
        }.sorted()
        return items.isEmpty ? "[:]" : "[" + items.joined(separator: ", ") + "]"
    case .tuple:
        return "(" + mirror.children.map { ($0.label.map { $0.hasPrefix(".") ? "" : $0 + ": " } ?? "") + courseDescribe($0.value, depth: depth + 1) }
            .joined(separator: ", ") + ")"
    case .enum:
        guard let payload = mirror.children.first else { return "." + courseCaseName(value) }
        return "." + (payload.label ?? courseCaseName(value)) + "(" + courseDescribe(payload.value, depth: depth + 1) + ")"
    case .struct, .class:
        let fields = courseFields(mirror)
        return name + "(" + fields.map { "\($0.0): " + courseDescribe($0.1, depth: depth + 1) }.joined(separator: ", ") + ")"
    default:
        return "\(value)"
    }
}

/// The difference between two values, field by field, or nil when they are the same: Doubles within
/// `tolerance` (relative, and absolute near zero; NaN equals NaN; -0.0 equals 0.0), collections item by
/// item, structs and classes by their stored fields, whatever their own `==` says. The two values may be
/// of different types with the same shape (the learner's `Summary` and the reference's).
public func courseDifference(_ actual: Any, _ expected: Any, tolerance: Double = 1e-9, path: String = "") -> String? {
    courseDiff(actual, expected, tolerance: tolerance, path: path, depth: 0)
}

private func courseDiff(_ actual: Any, _ expected: Any, tolerance: Double, path: String, depth: Int) -> String? {
    let here = path.isEmpty ? "the result" : path
    if depth > 12 { return nil }
    if let a = courseNumber(actual), let e = courseNumber(expected) {
        return courseClose(a, e, tolerance: tolerance) ? nil : "\(here) is \(courseDouble(a)), expected \(courseDouble(e))"
    }
    let am = Mirror(reflecting: actual), em = Mirror(reflecting: expected)
    if am.displayStyle == .optional || em.displayStyle == .optional {
        let a: Any? = am.displayStyle == .optional ? am.children.first?.value : actual
        let e: Any? = em.displayStyle == .optional ? em.children.first?.value : expected
        switch (a, e) {
        case (nil, nil): return nil
        case (nil, let e?): return "\(here) is nil, expected \(courseDescribe(e))"
        case (let a?, nil): return "\(here) is \(courseDescribe(a)), expected nil"
        case (let a?, let e?): return courseDiff(a, e, tolerance: tolerance, path: path, depth: depth + 1)
        }
    }
    if let a = actual as? String, let e = expected as? String {
        return a == e ? nil : "\(here) is \(courseQuoted(a)), expected \(courseQuoted(e))"
    }
    if let a = actual as? Character, let e = expected as? Character {
        return a == e ? nil : "\(here) is \(courseQuoted(String(a))), expected \(courseQuoted(String(e)))"
    }
    switch (am.displayStyle, em.displayStyle) {
    case (.collection?, .collection?), (.set?, .set?), (.dictionary?, .dictionary?):
        var a = am.children.map(\.value), e = em.children.map(\.value)
        if am.displayStyle != .collection {  // no order: compare in the order of their descriptions
            a.sort { courseDescribe($0) < courseDescribe($1) }
            e.sort { courseDescribe($0) < courseDescribe($1) }
        }
        if a.count != e.count {
            return "\(here) has \(a.count) item\(a.count == 1 ? "" : "s"), expected \(e.count): \(courseDescribe(actual)), expected \(courseDescribe(expected))"
        }
        for (index, (x, y)) in zip(a, e).enumerated() {
            if let difference = courseDiff(x, y, tolerance: tolerance, path: "\(here)[\(index)]", depth: depth + 1) {
                return am.displayStyle == .collection ? difference
                    : "\(here) is \(courseDescribe(actual)), expected \(courseDescribe(expected))"
            }
        }
        return nil
    case (.enum?, .enum?):
        let aCase = am.children.first?.label ?? courseCaseName(actual), eCase = em.children.first?.label ?? courseCaseName(expected)
        if aCase != eCase { return "\(here) is \(courseDescribe(actual)), expected \(courseDescribe(expected))" }
        if let x = am.children.first?.value, let y = em.children.first?.value {
            return courseDiff(x, y, tolerance: tolerance, path: path.isEmpty ? "the ." + aCase + " payload" : path, depth: depth + 1)
        }
        return nil
    case (.tuple?, .tuple?), (.struct?, .struct?), (.class?, .class?), (.struct?, .class?), (.class?, .struct?):
        let af = courseFields(am), ef = courseFields(em)
        if af.map(\.0) != ef.map(\.0) && am.displayStyle != .tuple {
            return "\(here) is \(courseDescribe(actual)), expected \(courseDescribe(expected))"
        }
        for (x, y) in zip(af, ef) {
            let label = x.0.hasPrefix(".") ? String(x.0.dropFirst()) : x.0
            let next = path.isEmpty ? label : "\(path).\(label)"
            if let difference = courseDiff(x.1, y.1, tolerance: tolerance, path: next, depth: depth + 1) { return difference }
        }
        return af.count == ef.count ? nil : "\(here) is \(courseDescribe(actual)), expected \(courseDescribe(expected))"
    default:
        // Leaves of the standard library (Int, Bool, …) and anything else: their exact text.
        let a = courseDescribe(actual), e = courseDescribe(expected)
        return a == e ? nil : "\(here) is \(a), expected \(e)"
    }
}

private func courseFields(_ mirror: Mirror) -> [(String, Any)] {
    var fields: [(String, Any)] = []
    if let parent = mirror.superclassMirror { fields = courseFields(parent) }
    for (index, child) in mirror.children.enumerated() { fields.append((child.label ?? ".\(index)", child.value)) }
    return fields
}

private func courseNumber(_ value: Any) -> Double? {
    if let double = value as? Double { return double }
    if let float = value as? Float { return Double(float) }
    return nil
}

private func courseClose(_ a: Double, _ e: Double, tolerance: Double) -> Bool {
    if a.isNaN || e.isNaN { return a.isNaN && e.isNaN }
    if a == e { return true }
    if a.isInfinite || e.isInfinite { return false }
    return abs(a - e) <= tolerance * max(1, abs(a), abs(e))
}

private func courseDouble(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-infinity" : "infinity" }
    return "\(value)"
}

private func courseQuoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                || scalar.properties.generalCategory == .format || (scalar.properties.isWhitespace && scalar != " ")
                || (scalar.properties.generalCategory == .nonspacingMark && out.unicodeScalars.last == "\"") {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else if scalar.properties.generalCategory == .nonspacingMark {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

private func courseTypeName(_ type: Any.Type) -> String {
    let full = String(reflecting: type)
    // "Submission.Summary" and "Reference.Summary" both read "Summary"; generic arguments keep theirs.
    return full.split(separator: "<", maxSplits: 1).first.map { head -> String in
        let last = head.split(separator: ".").last.map(String.init) ?? String(head)
        return full.contains("<") ? last + "<" + full.split(separator: "<", maxSplits: 1)[1] : last
    } ?? full
}

private func courseCaseName(_ value: Any) -> String {
    let text = "\(value)"  // a payload-free case prints its name (unless the type describes itself)
    return String(text.split(separator: ".").last ?? Substring(text))
}

// MARK: - Running properties

/// How a generated run is set up: the seed comes from `course check --seed N` (COURSE_SEED), else a fixed one.
public enum CourseProperty {
    public static var seed: UInt64 {
        if let text = getenv("COURSE_SEED").map({ String(cString: $0) }), let value = UInt64(text) { return value }
        return 1
    }

    /// The first failing case, shrunk, as a sentence; nil when every case passed. `property` returns nil for
    /// a pass, or what was wrong. Cases rejected by `filter` are skipped.
    public static func counterexample<T>(_ generator: Gen<T>, cases: Int = 200, seed: UInt64? = nil, maxShrinks: Int = 400,
                                         describe: (T) -> String = { courseDescribe($0) }, showInput: Bool = true,
                                         _ property: (T) -> String?) -> String? {
        let seed = seed ?? Self.seed
        var random = CourseRandom(seed: seed ^ 0x5EED)
        let began = courseNow()
        var ran = 0
        defer { courseEmit(["event": "generated", "cases": String(ran), "seconds": String(courseNow() - began)]) }
        for index in 0..<max(1, cases) {
            ran += 1
            let early = index < cases / 5
            var choices = Choices(random: CourseRandom(seed: random.next()), edgeBias: early ? 0.5 : 0.08,
                                  size: early ? 4 : min(100, 2 + index / 2))
            let value = generator.run(&choices)
            if choices.rejected { continue }
            guard let problem = property(value) else { continue }
            let (small, smallProblem, steps) = shrink(generator, choices.recorded, problem, maxShrinks: maxShrinks, property)
            var where_ = "generated case \(index + 1) of \(cases), seed \(seed)"
            if showInput {
                let input = describe(small), original = describe(value)
                where_ += "; input \(input)" + (steps > 0 && input != original ? ", the smallest found, shrunk from \(courseClip(original))" : "")
            }
            return smallProblem + "\n(" + where_ + ")"
        }
        return nil
    }

    /// Greedy shrinking of the choice list: delete runs, zero values, halve them, step them down; keep any
    /// change that still fails. Returns the smallest failing value, its problem and the number of steps kept.
    static func shrink<T>(_ generator: Gen<T>, _ start: [UInt64], _ problem: String, maxShrinks: Int,
                          _ property: (T) -> String?) -> (T, String, Int) {
        var best = start, bestProblem = problem, kept = 0, tries = 0
        var bestValue: T = replay(generator, best).0
        func attempt(_ candidate: [UInt64]) -> Bool {
            guard tries < maxShrinks, candidate != best else { return false }
            tries += 1
            let (value, choices) = replay(generator, candidate)
            let used = choices.recorded
            // Only a simpler choice list counts (shorter, or as long and smaller in order), so shrinking ends.
            guard courseShortlexLess(used, best), !choices.rejected, let failure = property(value) else { return false }
            best = used
            bestValue = value
            bestProblem = failure
            kept += 1
            return true
        }
        var improved = true
        while improved && tries < maxShrinks {
            improved = false
            for length in [8, 4, 3, 2, 1] {
                var at = 0
                while at + length <= best.count {
                    if attempt(Array(best[..<at] + best[(at + length)...])) { improved = true } else { at += 1 }
                }
            }
            var at = 0
            while at < best.count {
                if best[at] != 0, attempt(best.replacing(at, with: 0)) || attempt(best.replacing(at, with: best[at] / 2))
                    || attempt(best.replacing(at, with: best[at] - 1)) {
                    improved = true
                }
                at += 1
            }
        }
        return (bestValue, bestProblem, kept)
    }

    static func replay<T>(_ generator: Gen<T>, _ list: [UInt64]) -> (T, Choices) {
        var choices = Choices(random: CourseRandom(seed: 0), replay: list, edgeBias: 0.5, size: 100)
        let value = generator.run(&choices)
        return (value, choices)
    }

    /// Runs random sequences of operations on a learner's system and the reference's in lockstep, and
    /// returns the shortest failing sequence as Swift code, or nil. `start` makes both systems fresh;
    /// `step` applies one operation to both and returns what differs (nil when they agree); `code` is the
    /// operation as a line of Swift that a learner can paste after `setUp`.
    public static func lockstep<Op, Learner, Ref>(_ operations: Gen<Op>, cases: Int = 100, maxSteps: Int = 30, seed: UInt64? = nil,
                                                  setUp: String, start: () -> (Learner, Ref),
                                                  code: (Op) -> String,
                                                  step: (Op, inout Learner, inout Ref) -> String?) -> String? {
        let sequences = Gen<[Op]> { choices in
            var ops: [Op] = []
            let cap = min(maxSteps, max(2, choices.size))
            while ops.count < cap, choices.chance(1 - 1 / (Double(cap) / 2 + 1)) { ops.append(operations.run(&choices)) }
            return ops
        }
        func run(_ ops: [Op]) -> String? {
            var (learner, reference) = start()
            for (index, op) in ops.enumerated() {
                if var difference = step(op, &learner, &reference) {
                    let lines = [setUp] + ops[...index].map(code)
                    if difference.hasPrefix("for \(code(op)), ") { difference.removeFirst("for \(code(op)), ".count) }
                    return "after step \(index + 1) (\(code(op))): \(difference)\nThe failing sequence, as Swift you can run:\n"
                        + lines.map { "    " + $0 }.joined(separator: "\n")
                }
            }
            return nil
        }
        return counterexample(sequences, cases: cases, seed: seed, describe: { _ in "" }, showInput: false, run)
    }
}

/// Whether `a` is simpler than `b`: shorter, or as long and lexicographically smaller.
private func courseShortlexLess(_ a: [UInt64], _ b: [UInt64]) -> Bool {
    a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b)
}

/// Long text cut to its first 160 characters.
private func courseClip(_ text: String) -> String {
    text.count <= 160 ? text : String(text.prefix(160)) + "…"
}

private extension Array {
    func replacing(_ index: Int, with element: Element) -> [Element] {
        var copy = self
        copy[index] = element
        return copy
    }
}

/// `courseDifference` for a call: nil when the learner's result matches the reference's, else a sentence
/// that names the call (`"summarize([1.0])"`) and the first field that differs.
public func courseSame(_ actual: Any, _ expected: Any, _ call: String, tolerance: Double = 1e-9) -> String? {
    guard let difference = courseDifference(actual, expected, tolerance: tolerance) else { return nil }
    return "for \(courseClip(call)), \(difference)"
}

#if !COURSE_NO_XCTEST
import XCTest

/// XCTest: fails the test with the shrunk counterexample when `property` finds a problem.
public func forAll<T>(_ generator: Gen<T>, cases: Int = 200, seed: UInt64? = nil,
                      describe: (T) -> String = { courseDescribe($0) },
                      file: StaticString = #filePath, line: UInt = #line, _ property: (T) -> String?) {
    if let failure = CourseProperty.counterexample(generator, cases: cases, seed: seed, describe: describe, property) {
        XCTFail(failure, file: file, line: line)
    }
}

/// XCTest: fails the test with the shortest failing sequence of operations, as Swift code.
public func forAllSequences<Op, Learner, Ref>(_ operations: Gen<Op>, cases: Int = 100, maxSteps: Int = 30,
                                              setUp: String, start: () -> (Learner, Ref), code: (Op) -> String,
                                              file: StaticString = #filePath, line: UInt = #line,
                                              step: (Op, inout Learner, inout Ref) -> String?) {
    if let failure = CourseProperty.lockstep(operations, cases: cases, maxSteps: maxSteps, setUp: setUp, start: start,
                                             code: code, step: step) {
        XCTFail(failure, file: file, line: line)
    }
}
#endif

// MARK: - Concurrency and growth

/// Runs `body(worker)` on `workers` threads at once and waits for all of them: several callers and several
/// instances at the same time (use it under ThreadSanitizer where an exercise asks for it).
public func courseConcurrently(_ workers: Int, _ body: @escaping @Sendable (Int) -> Void) {
    final class Box: @unchecked Sendable {  // one closure, read-only after creation, shared by the threads
        let body: @Sendable (Int) -> Void
        let index: Int
        init(_ body: @escaping @Sendable (Int) -> Void, _ index: Int) { self.body = body; self.index = index }
    }
    var threads: [pthread_t] = []
    for worker in 0..<max(1, workers) {
        var thread = pthread_t()
        let box = Unmanaged.passRetained(Box(body, worker)).toOpaque()
        let started = pthread_create(&thread, nil, { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            box.body(box.index)
            return nil
        }, box)
        if started == 0 { threads.append(thread) } else { Unmanaged<Box>.fromOpaque(box).takeRetainedValue().body(worker) }
    }
    for thread in threads { pthread_join(thread, nil) }
}

/// Seconds on the monotonic clock.
public func courseNow() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

extension CourseProperty {
    /// Whether `work(n)` grows no faster than promised: the median time of `repeats` runs at `size` and at
    /// 4 × `size`, whose ratio must stay at or below `maxRatio` (about 4 for linear work, 16 for quadratic;
    /// give room: 8 is a fair bound for "linear, not quadratic"). A noisy machine gets `attempts` tries;
    /// one good try is enough. Nil when it holds, else what was measured.
    public static func growth(size: Int, maxRatio: Double, repeats: Int = 5, attempts: Int = 3, _ work: (Int) -> Void) -> String? {
        func median(_ n: Int) -> Double {
            var times: [Double] = []
            for _ in 0..<max(1, repeats) {
                let start = courseNow()
                work(n)
                times.append(courseNow() - start)
            }
            return times.sorted()[times.count / 2]
        }
        var worst = 0.0
        for _ in 0..<max(1, attempts) {
            let small = max(median(size), 1e-7), large = median(size * 4)
            let ratio = large / small
            if ratio <= maxRatio { return nil }
            worst = ratio
        }
        return "the time grew \(Int(worst.rounded()))× when the input grew 4× (from \(size) to \(size * 4) items); "
            + "at most \(Int(maxRatio))× was expected for the promised complexity"
    }
}
