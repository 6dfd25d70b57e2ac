import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's Palette and Swatch against the reference solution on inputs nobody wrote
/// down (swatches with the same name, negative amounts, brightness above 100, long palettes, names beyond
/// ASCII) and on random sequences of copies and changes.
final class GeneratedPaletteTests: XCTestCase {
    typealias SwatchSpec = (name: String, brightness: Int)
    typealias PaletteSpec = (name: String, swatches: [SwatchSpec])

    /// Names that repeat often (two swatches with one name), empty, beyond ASCII, with NUL.
    static let name = Gen<String>.frequency([
        (3, Gen.element(of: ["red", "gold", "", "é", "e\u{301}", "a\u{0}b", "🎨"])),
        (2, Gen.string(of: .character, maxCount: 12)),
    ])
    /// Mostly 0...100, now and then above 100 (the spec does not cap it).
    static let brightness = Gen<Int>.frequency([(4, Gen.int(in: 0...100)), (1, Gen.int(in: 101...1000))])
    /// Ordinary amounts, negative ones (they raise the brightness), and ones larger than every brightness.
    static let amount = Gen<Int>.frequency([
        (4, Gen.int(in: 0...120)), (2, Gen.int(in: -150...(-1))), (1, Gen.element(of: [Int.max, 1000, 0])),
    ])
    static let swatch: Gen<SwatchSpec> = zip(name, brightness).map { (name: $0.0, brightness: $0.1) }
    static let palette: Gen<PaletteSpec> = zip(name, Gen.frequency([(5, swatch.array(maxCount: 8)), (1, swatch.array(in: 20...60))]))
        .map { (name: $0.0, swatches: $0.1) }

    static func code(_ s: SwatchSpec) -> String { "Swatch(name: \(courseDescribe(s.name)), brightness: \(s.brightness))" }
    static func code(_ p: PaletteSpec) -> String {
        "Palette(name: \(courseDescribe(p.name)), swatches: [\(p.swatches.map { code($0) }.joined(separator: ", "))])"
    }
    static func learner(_ s: SwatchSpec) -> Submission.Swatch { Submission.Swatch(name: s.name, brightness: s.brightness) }
    static func reference(_ s: SwatchSpec) -> Reference.Swatch { Reference.Swatch(name: s.name, brightness: s.brightness) }
    static func learner(_ p: PaletteSpec) -> Submission.Palette { Submission.Palette(name: p.name, swatches: p.swatches.map { learner($0) }) }
    static func reference(_ p: PaletteSpec) -> Reference.Palette { Reference.Palette(name: p.name, swatches: p.swatches.map { reference($0) }) }

    /// The observable state as plain standard-library values, compared with the standard library's `==`
    /// first (fast); the structural comparison then only runs to word a difference.
    static func plain(_ p: Submission.Palette) -> [String] { [p.name] + p.swatches.flatMap { [$0.name, "\($0.brightness)"] } }
    static func plain(_ p: Reference.Palette) -> [String] { [p.name] + p.swatches.flatMap { [$0.name, "\($0.brightness)"] } }
    static func same(_ mine: Submission.Palette, _ theirs: Reference.Palette, _ call: @autoclosure () -> String) -> String? {
        plain(mine) == plain(theirs) ? nil : courseSame(mine as Any, theirs as Any, call())
    }

    /// A palette built by init keeps its own copy of every swatch, in order, duplicates and unusual names
    /// included: changing the array it came from afterwards changes nothing inside.
    func testInitKeepsItsOwnCopyOfEverySwatchInOrderLikeTheReference() {
        forAll(Self.palette, cases: 120, describe: { Self.code($0) }) { spec in
            var mineSwatches = spec.swatches.map { Self.learner($0) }
            var theirSwatches = spec.swatches.map { Self.reference($0) }
            let mine = Submission.Palette(name: spec.name, swatches: mineSwatches)
            let theirs = Reference.Palette(name: spec.name, swatches: theirSwatches)
            if let difference = Self.same(mine, theirs, Self.code(spec)) { return difference }
            for i in mineSwatches.indices {
                mineSwatches[i].brightness += 7
                mineSwatches[i].name += "!"
                theirSwatches[i].brightness += 7
                theirSwatches[i].name += "!"
            }
            return Self.same(mine, theirs,
                              "var swatches = \(courseDescribe(spec.swatches.map { Self.code($0) })); let p = Palette(name: \(courseDescribe(spec.name)), swatches: swatches); "
                              + "then every swatches[i].brightness += 7 and swatches[i].name += \"!\"; p")
        }
    }

    /// add(_:) appends its own copy of each swatch at the end, also of one whose name is already in the palette.
    func testAddAppendsEverySwatchEvenWithARepeatedNameLikeTheReference() {
        let gen = zip(Self.palette, Gen.frequency([(2, Self.swatch), (1, Gen.element(of: [(name: "red", brightness: 40)]))]).array(in: 1...6))
        forAll(gen, describe: { "\(Self.code($0.0)) then add \($0.1.map { Self.code($0) })" }) { spec, added in
            var mine = Self.learner(spec)
            var theirs = Self.reference(spec)
            var calls = "var p = \(Self.code(spec))"
            for swatch in added {
                var mineSwatch = Self.learner(swatch), theirSwatch = Self.reference(swatch)
                mine.add(mineSwatch)
                theirs.add(theirSwatch)
                mineSwatch.brightness += 3
                theirSwatch.brightness += 3
                calls += "; var s = \(Self.code(swatch)); p.add(s); s.brightness += 3"
                if let difference = Self.same(mine, theirs, calls) { return difference }
            }
            return nil
        }
    }

    /// dim(by:) on a copy, with generated palettes and amounts (negative ones, ones past every brightness,
    /// brightness above 100), called several times in a row; the palette copied from stays as it was.
    func testDimSubtractsTheAmountAndStopsAtZeroLikeTheReference() {
        forAll(zip(Self.palette, Self.amount.array(in: 1...4)), describe: { "\(Self.code($0.0)), amounts \($0.1)" }) { spec, amounts in
            let mineOriginal = Self.learner(spec), theirOriginal = Self.reference(spec)
            var mine = mineOriginal
            var theirs = theirOriginal
            var calls = "let original = \(Self.code(spec)); var p = original"
            for amount in amounts {
                mine.dim(by: amount)
                theirs.dim(by: amount)
                calls += "; p.dim(by: \(amount))"
                if let difference = Self.same(mine, theirs, calls) { return difference }
            }
            return Self.same(mineOriginal, theirOriginal, calls + "; then original")
        }
    }

    /// dimmed(by:) returns the dimmed palette and leaves the one it is called on as it was, twice in a row.
    func testDimmedReturnsADimmedCopyAndKeepsTheOriginalLikeTheReference() {
        forAll(zip(Self.palette, Self.amount, Self.amount), describe: { "\(Self.code($0.0)), amounts \($0.1) and \($0.2)" }) { spec, first, second in
            let mine = Self.learner(spec)
            let theirs = Self.reference(spec)
            let start = "let p = \(Self.code(spec))"
            let mineOnce = mine.dimmed(by: first), theirsOnce = theirs.dimmed(by: first)
            if let difference = Self.same(mineOnce, theirsOnce, "\(start); p.dimmed(by: \(first))") { return difference }
            let mineTwice = mineOnce.dimmed(by: second), theirsTwice = theirsOnce.dimmed(by: second)
            if let difference = Self.same(mineTwice, theirsTwice, "\(start); p.dimmed(by: \(first)).dimmed(by: \(second))") {
                return difference
            }
            if let difference = Self.same(mineOnce, theirsOnce, "\(start); let q = p.dimmed(by: \(first)); q.dimmed(by: \(second)); then q") {
                return difference
            }
            return Self.same(mine, theirs, "\(start); p.dimmed(by: \(first)); p.dimmed(by: \(second)); then p")
        }
    }

    enum Op {
        case copy(from: Int, to: Int)
        case add(Int, SwatchSpec)
        case addVariable(Int)
        case dim(Int, Int)
        case dimmed(from: Int, to: Int, Int)
        case rename(Int, String)
        case setBrightness(Int, index: Int, Int)
        case renameSwatch(Int, index: Int, String)
        case takeSwatch(Int, index: Int)
        case setVariable(Int)
    }

    struct System<P, S> {
        var palettes: [P]
        var swatch: S
    }

    static let slots = ["a", "b", "c"]

    /// Copies, adds, dims and edits on three palette variables and one swatch variable, in lockstep with the
    /// reference: after every step each variable holds what the reference's holds (no change leaks to another).
    func testPalettesAndSwatchesBehaveAsValuesInAnySequenceOfChanges() {
        let slot = Gen.int(in: 0...2)
        let index = Gen.int(in: 0...2)
        let op = Gen<Op>.frequency([
            (3, zip(slot, slot).map { Op.copy(from: $0.0, to: $0.1) }),
            (3, zip(slot, Self.swatch).map { Op.add($0.0, $0.1) }),
            (2, slot.map { Op.addVariable($0) }),
            (3, zip(slot, Self.amount).map { Op.dim($0.0, $0.1) }),
            (2, zip(slot, slot, Self.amount).map { Op.dimmed(from: $0.0, to: $0.1, $0.2) }),
            (1, zip(slot, Self.name).map { Op.rename($0.0, $0.1) }),
            (3, zip(slot, index, Self.brightness).map { Op.setBrightness($0.0, index: $0.1, $0.2) }),
            (2, zip(slot, index, Self.name).map { Op.renameSwatch($0.0, index: $0.1, $0.2) }),
            (2, zip(slot, index).map { Op.takeSwatch($0.0, index: $0.1) }),
            (2, Self.brightness.map { Op.setVariable($0) }),
        ])
        let names = Self.slots
        forAllSequences(op, cases: 100, setUp: """
            var a = Palette(name: "a", swatches: [Swatch(name: "red", brightness: 80), Swatch(name: "red", brightness: 30)])
                var b = a
                var c = Palette(name: "c", swatches: [])
                var s = Swatch(name: "teal", brightness: 40)
            """,
            start: {
                let a = Submission.Palette(name: "a", swatches: [Submission.Swatch(name: "red", brightness: 80), Submission.Swatch(name: "red", brightness: 30)])
                let ra = Reference.Palette(name: "a", swatches: [Reference.Swatch(name: "red", brightness: 80), Reference.Swatch(name: "red", brightness: 30)])
                return (System(palettes: [a, a, Submission.Palette(name: "c", swatches: [])], swatch: Submission.Swatch(name: "teal", brightness: 40)),
                        System(palettes: [ra, ra, Reference.Palette(name: "c", swatches: [])], swatch: Reference.Swatch(name: "teal", brightness: 40)))
            },
            code: { op in
                switch op {
                case let .copy(from, to): return "\(names[to]) = \(names[from])"
                case let .add(p, s): return "\(names[p]).add(\(Self.code(s)))"
                case let .addVariable(p): return "\(names[p]).add(s)"
                case let .dim(p, amount): return "\(names[p]).dim(by: \(amount))"
                case let .dimmed(from, to, amount): return "\(names[to]) = \(names[from]).dimmed(by: \(amount))"
                case let .rename(p, name): return "\(names[p]).name = \(courseDescribe(name))"
                case let .setBrightness(p, i, value):
                    return "if \(names[p]).swatches.count > \(i) { \(names[p]).swatches[\(i)].brightness = \(value) }"
                case let .renameSwatch(p, i, name):
                    return "if \(names[p]).swatches.count > \(i) { \(names[p]).swatches[\(i)].name = \(courseDescribe(name)) }"
                case let .takeSwatch(p, i): return "if \(names[p]).swatches.count > \(i) { s = \(names[p]).swatches[\(i)] }"
                case let .setVariable(value): return "s.brightness = \(value)"
                }
            },
            step: { op, mine, theirs in
                switch op {
                case let .copy(from, to):
                    mine.palettes[to] = mine.palettes[from]
                    theirs.palettes[to] = theirs.palettes[from]
                case let .add(p, s):
                    mine.palettes[p].add(Self.learner(s))
                    theirs.palettes[p].add(Self.reference(s))
                case let .addVariable(p):
                    mine.palettes[p].add(mine.swatch)
                    theirs.palettes[p].add(theirs.swatch)
                case let .dim(p, amount):
                    mine.palettes[p].dim(by: amount)
                    theirs.palettes[p].dim(by: amount)
                case let .dimmed(from, to, amount):
                    mine.palettes[to] = mine.palettes[from].dimmed(by: amount)
                    theirs.palettes[to] = theirs.palettes[from].dimmed(by: amount)
                case let .rename(p, name):
                    mine.palettes[p].name = name
                    theirs.palettes[p].name = name
                case let .setBrightness(p, i, value):
                    if theirs.palettes[p].swatches.count > i, mine.palettes[p].swatches.count > i {
                        mine.palettes[p].swatches[i].brightness = value
                        theirs.palettes[p].swatches[i].brightness = value
                    }
                case let .renameSwatch(p, i, name):
                    if theirs.palettes[p].swatches.count > i, mine.palettes[p].swatches.count > i {
                        mine.palettes[p].swatches[i].name = name
                        theirs.palettes[p].swatches[i].name = name
                    }
                case let .takeSwatch(p, i):
                    if theirs.palettes[p].swatches.count > i, mine.palettes[p].swatches.count > i {
                        mine.swatch = mine.palettes[p].swatches[i]
                        theirs.swatch = theirs.palettes[p].swatches[i]
                    }
                case let .setVariable(value):
                    mine.swatch.brightness = value
                    theirs.swatch.brightness = value
                }
                for (at, name) in names.enumerated() {
                    if let difference = Self.same(mine.palettes[at], theirs.palettes[at], name) { return difference }
                }
                if mine.swatch.name == theirs.swatch.name && mine.swatch.brightness == theirs.swatch.brightness { return nil }
                return courseSame(mine.swatch as Any, theirs.swatch as Any, "s")
            })
    }
}
