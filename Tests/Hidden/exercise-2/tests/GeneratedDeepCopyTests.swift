import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's duplicated() against the reference solution on drawings nobody wrote down
/// (two layers with one name, the same layer object twice, names with NUL or beyond ASCII, pixels of any
/// byte, long drawings) and on random sequences of duplications, copies and edits.
final class GeneratedDeepCopyTests: XCTestCase {
    typealias LayerSpec = (name: String, pixels: [UInt8], isVisible: Bool)
    /// The distinct layer objects, and which of them each entry of `layers` holds (repeats share an object).
    typealias DrawingSpec = (title: String, pool: [LayerSpec], entries: [Int])

    static let name = Gen<String>.frequency([
        (3, Gen.element(of: ["a", "sky", "", "a\u{0}b", "é", "e\u{301}", "👨‍👩‍👧", "\u{0}"])),
        (2, Gen.string(of: .character, maxCount: 16)),
    ])
    static let pixels = Gen<[UInt8]>.frequency([
        (4, Gen.int(in: 0...255).map { UInt8($0) }.array(maxCount: 12)),
        (1, Gen.int(in: 128...255).map { UInt8($0) }.array(in: 20...60)),
    ])
    static let layer: Gen<LayerSpec> = zip(name, pixels, Gen.bool).map { (name: $0.0, pixels: $0.1, isVisible: $0.2) }
    static let drawing: Gen<DrawingSpec> = Gen.frequency([
        (4, zip(name, layer.array(in: 1...5), Gen.int(in: 0...4).array(maxCount: 8))
            .map { title, pool, picks in (title: title, pool: pool, entries: picks.map { $0 % pool.count }) }),
        (2, zip(name, layer.array(maxCount: 6)).map { (title: $0.0, pool: $0.1, entries: Array($0.1.indices)) }),
        (1, zip(name, layer.array(in: 20...40)).map { (title: $0.0, pool: $0.1, entries: Array($0.1.indices)) }),
    ])

    static func code(_ l: LayerSpec) -> String {
        "Layer(name: \(courseDescribe(l.name)), pixels: \(l.pixels), isVisible: \(l.isVisible))"
    }
    static func code(_ d: DrawingSpec) -> String {
        let pool = d.pool.enumerated().map { "let l\($0.offset) = \(code($0.element))" }.joined(separator: "; ")
        return "\(pool); let d = Drawing(title: \(courseDescribe(d.title)), layers: [\(d.entries.map { "l\($0)" }.joined(separator: ", "))])"
    }
    static func learner(_ d: DrawingSpec) -> Submission.Drawing {
        let pool = d.pool.map { Submission.Layer(name: $0.name, pixels: $0.pixels, isVisible: $0.isVisible) }
        return Submission.Drawing(title: d.title, layers: d.entries.map { pool[$0] })
    }
    static func reference(_ d: DrawingSpec) -> Reference.Drawing {
        let pool = d.pool.map { Reference.Layer(name: $0.name, pixels: $0.pixels, isVisible: $0.isVisible) }
        return Reference.Drawing(title: d.title, layers: d.entries.map { pool[$0] })
    }

    /// The observable state as plain standard-library values, compared with the standard library's `==`
    /// first (fast); the structural comparison then only runs to word a difference.
    static func plain(_ d: Submission.Drawing) -> [String] { [d.title] + d.layers.flatMap { [$0.name, "\($0.pixels)", "\($0.isVisible)"] } }
    static func plain(_ d: Reference.Drawing) -> [String] { [d.title] + d.layers.flatMap { [$0.name, "\($0.pixels)", "\($0.isVisible)"] } }
    static func same(_ mine: Submission.Drawing, _ theirs: Reference.Drawing, _ call: @autoclosure () -> String) -> String? {
        plain(mine) == plain(theirs) ? nil : courseSame(mine as Any, theirs as Any, call())
    }

    /// duplicated() copies the title and every field of every layer exactly, in order, and every layer of the
    /// duplicate is a new object of its own: none is an original layer, no two are one object.
    func testDuplicatedCopiesEveryFieldIntoNewSeparateLayersLikeTheReference() {
        forAll(Self.drawing, describe: { Self.code($0) }) { spec in
            let mine = Self.learner(spec), theirs = Self.reference(spec)
            let mineCopy = mine.duplicated(), theirCopy = theirs.duplicated()
            var call: String { "\(Self.code(spec)); d.duplicated()" }  // built only for a failure
            if let difference = Self.same(mineCopy, theirCopy, call) { return difference }
            for (i, copy) in mineCopy.layers.enumerated() {
                if let j = mine.layers.firstIndex(where: { $0 === copy }) {
                    return "for \(call), layers[\(i)] of the duplicate is the same object as layers[\(j)] of the original (===)"
                }
                if let j = mineCopy.layers[..<i].firstIndex(where: { $0 === copy }) {
                    return "for \(call), layers[\(j)] and layers[\(i)] of the duplicate are one object (===): every entry needs a new Layer of its own"
                }
            }
            return Self.same(mine, theirs, "\(call); then d")
        }
    }

    enum Op {
        case duplicate(from: Int, to: Int)
        case copy(from: Int, to: Int)
        case rename(Int, index: Int, String)
        case appendPixel(Int, index: Int, UInt8)
        case toggle(Int, index: Int)
        case addLayer(Int, LayerSpec)
        case removeFirst(Int)
    }

    /// Duplications, plain copies and edits of layers on three drawing variables, in lockstep with the
    /// reference: after every step each drawing holds what the reference's holds (an edit reaches exactly the
    /// drawings that share the layer).
    func testDuplicatesStayIndependentInAnySequenceOfEdits() {
        let slot = Gen.int(in: 0...2), index = Gen.int(in: 0...2)
        let op = Gen<Op>.frequency([
            (3, zip(slot, slot).map { Op.duplicate(from: $0.0, to: $0.1) }),
            (2, zip(slot, slot).map { Op.copy(from: $0.0, to: $0.1) }),
            (2, zip(slot, index, Self.name).map { Op.rename($0.0, index: $0.1, $0.2) }),
            (2, zip(slot, index, Gen.int(in: 0...255)).map { Op.appendPixel($0.0, index: $0.1, UInt8($0.2)) }),
            (2, zip(slot, index).map { Op.toggle($0.0, index: $0.1) }),
            (1, zip(slot, Self.layer).map { Op.addLayer($0.0, $0.1) }),
            (1, slot.map { Op.removeFirst($0) }),
        ])
        let names = ["a", "b", "c"]
        func guarded(_ slot: Int, _ index: Int, _ body: String) -> String {
            "if \(names[slot]).layers.count > \(index) { \(names[slot]).layers[\(index)].\(body) }"
        }
        forAllSequences(op, cases: 150, setUp: """
            let shared = Layer(name: "sea", pixels: [4, 5])
                var a = Drawing(title: "Harbour", layers: [Layer(name: "sky", pixels: [1, 2, 3]), shared, shared])
                var b = Drawing(title: "blank", layers: [])
                var c = a
            """,
            start: {
                let shared = Submission.Layer(name: "sea", pixels: [4, 5])
                let a = Submission.Drawing(title: "Harbour", layers: [Submission.Layer(name: "sky", pixels: [1, 2, 3]), shared, shared])
                let theirShared = Reference.Layer(name: "sea", pixels: [4, 5])
                let ra = Reference.Drawing(title: "Harbour", layers: [Reference.Layer(name: "sky", pixels: [1, 2, 3]), theirShared, theirShared])
                return ([a, Submission.Drawing(title: "blank", layers: []), a], [ra, Reference.Drawing(title: "blank", layers: []), ra])
            },
            code: { op in
                switch op {
                case let .duplicate(from, to): return "\(names[to]) = \(names[from]).duplicated()"
                case let .copy(from, to): return "\(names[to]) = \(names[from])"
                case let .rename(s, i, name): return guarded(s, i, "name = \(courseDescribe(name))")
                case let .appendPixel(s, i, pixel): return guarded(s, i, "pixels.append(\(pixel))")
                case let .toggle(s, i): return guarded(s, i, "isVisible.toggle()")
                case let .addLayer(s, layer): return "\(names[s]).layers.append(\(Self.code(layer)))"
                case let .removeFirst(s): return "if !\(names[s]).layers.isEmpty { \(names[s]).layers.removeFirst() }"
                }
            },
            step: { op, mine, theirs in
                func both(_ s: Int, _ i: Int, _ edit: (Submission.Layer, Reference.Layer) -> Void) {
                    if mine[s].layers.count > i, theirs[s].layers.count > i { edit(mine[s].layers[i], theirs[s].layers[i]) }
                }
                switch op {
                case let .duplicate(from, to):
                    mine[to] = mine[from].duplicated()
                    theirs[to] = theirs[from].duplicated()
                case let .copy(from, to):
                    mine[to] = mine[from]
                    theirs[to] = theirs[from]
                case let .rename(s, i, name): both(s, i) { $0.name = name; $1.name = name }
                case let .appendPixel(s, i, pixel): both(s, i) { $0.pixels.append(pixel); $1.pixels.append(pixel) }
                case let .toggle(s, i): both(s, i) { $0.isVisible.toggle(); $1.isVisible.toggle() }
                case let .addLayer(s, l):
                    mine[s].layers.append(Submission.Layer(name: l.name, pixels: l.pixels, isVisible: l.isVisible))
                    theirs[s].layers.append(Reference.Layer(name: l.name, pixels: l.pixels, isVisible: l.isVisible))
                case let .removeFirst(s):
                    if !mine[s].layers.isEmpty, !theirs[s].layers.isEmpty {
                        mine[s].layers.removeFirst()
                        theirs[s].layers.removeFirst()
                    }
                }
                for (at, name) in names.enumerated() {
                    if let difference = Self.same(mine[at], theirs[at], name) { return difference }
                }
                return nil
            })
    }
}
