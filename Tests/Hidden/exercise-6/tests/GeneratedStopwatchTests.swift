import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's Stopwatch against the reference solution on inputs nobody wrote down
/// (labels with %, backslashes, NUL, emoji or many characters, many ticks, a render closure or a ticker kept
/// after its stopwatch is gone, two stopwatches at once).
final class GeneratedStopwatchTests: XCTestCase {
    static let label = Gen<String>.frequency([
        (3, Gen.element(of: ["lap", "", "100%", "a%db", "%@", "%s%n", "a\\b", "a\u{0}b", "é", "⏱️", "{}"])),
        (2, Gen.string),
    ])
    static let ticks = Gen<Int>.frequency([(4, Gen.int(in: 0...12)), (1, Gen.int(in: 100...2000))])

    /// Whether both of the learner's closures capture the stopwatch weakly (an unowned capture would crash
    /// the calls after the stopwatch is gone; the other tests of this exercise say what to change).
    static func learnerCapturesAreWeak() -> Bool {
        let watch = Submission.Stopwatch(label: "probe")
        return _getWeakRetainCount(watch) == 3 && _getUnownedRetainCount(watch) == 1
    }

    /// elapsed and render() after any number of ticks, for any label, agree with the reference's, and the
    /// stopwatch is freed afterwards.
    func testRenderAndElapsedAgreeWithTheReferenceForAnyLabelAndTickCount() {
        forAll(zip(Self.label, Self.ticks)) { label, ticks in
            weak var probe: Submission.Stopwatch?
            let start = "let w = Stopwatch(label: \(courseDescribe(label)))"
            let problem: String? = {
                let mine = Submission.Stopwatch(label: label), theirs = Reference.Stopwatch(label: label)
                probe = mine
                if let difference = courseSame(mine.render() as Any, theirs.render() as Any, "\(start); w.render()") { return difference }
                for _ in 0..<ticks {
                    mine.ticker.tick()
                    theirs.ticker.tick()
                }
                let call = "\(start); \(ticks) × w.ticker.tick()"
                if let difference = courseSame(mine.elapsed as Any, theirs.elapsed as Any, "\(call); w.elapsed") { return difference }
                return courseSame(mine.render() as Any, theirs.render() as Any, "\(call); w.render()")
            }()
            if let problem { return problem }
            return probe == nil ? nil : "for \(start) and \(ticks) ticks, the stopwatch was not freed once nobody held it"
        }
    }

    /// A ticker and a render closure kept after their stopwatch is gone: the stopwatch is freed, ticking does
    /// nothing, and render() returns what the reference's returns ("").
    func testATickerAndARenderKeptAfterTheStopwatchIsGoneBehaveLikeTheReference() {
        guard Self.learnerCapturesAreWeak() else { return XCTFail("ticker.onTick and render must both capture self with [weak self]") }
        forAll(zip(Self.label, Self.ticks, Gen.int(in: 0...5)), cases: 100) { label, ticks, ticksAfter in
            weak var mineProbe: Submission.Stopwatch?
            var mineTicker: Submission.Ticker?, mineRender: (() -> String)?
            var theirTicker: Reference.Ticker?, theirRender: (() -> String)?
            do {
                let mine = Submission.Stopwatch(label: label), theirs = Reference.Stopwatch(label: label)
                for _ in 0..<ticks {
                    mine.ticker.tick()
                    theirs.ticker.tick()
                }
                mineTicker = mine.ticker
                mineRender = mine.render
                theirTicker = theirs.ticker
                theirRender = theirs.render
                mineProbe = mine
            }
            let call = "var t: Ticker?; var r: (() -> String)?; do { let w = Stopwatch(label: \(courseDescribe(label))); "
                + "\(ticks) × w.ticker.tick(); t = w.ticker; r = w.render }"
            if mineProbe != nil { return "for \(call), the stopwatch was not freed" }
            for _ in 0..<ticksAfter {
                mineTicker?.tick()
                theirTicker?.tick()
            }
            return courseSame(mineRender?() as Any, theirRender?() as Any, "\(call); \(ticksAfter) × t.tick(); r()")
        }
    }

    enum Op {
        case tick(Int)
        case keepTicker(Int)
        case keepRender(Int)
        case tickKept
        case renew(Int, String)
        case drop(Int)
    }

    struct System<W, T> {
        var watches: [W?]
        var ticker: T?
        var render: (() -> String)?
    }

    /// Ticks, kept tickers and render closures, new and dropped stopwatches on two variables, in lockstep with
    /// the reference: after every step each stopwatch's elapsed and render(), and the kept render(), agree.
    func testStopwatchesBehaveLikeTheReferenceInAnySequence() {
        guard Self.learnerCapturesAreWeak() else { return XCTFail("ticker.onTick and render must both capture self with [weak self]") }
        let slot = Gen.int(in: 0...1)
        let op = Gen<Op>.frequency([
            (5, slot.map { Op.tick($0) }), (1, slot.map { Op.keepTicker($0) }), (1, slot.map { Op.keepRender($0) }),
            (2, Gen.constant(Op.tickKept)), (1, zip(slot, Self.label).map { Op.renew($0.0, $0.1) }), (1, slot.map { Op.drop($0) }),
        ])
        let names = ["a", "b"]
        forAllSequences(op, cases: 150, setUp: """
            var a: Stopwatch? = Stopwatch(label: "a"), b: Stopwatch? = Stopwatch(label: "100%")
                var t: Ticker?
                var r: (() -> String)?
            """,
            start: {
                (System<Submission.Stopwatch, Submission.Ticker>(watches: [Submission.Stopwatch(label: "a"), Submission.Stopwatch(label: "100%")]),
                 System<Reference.Stopwatch, Reference.Ticker>(watches: [Reference.Stopwatch(label: "a"), Reference.Stopwatch(label: "100%")]))
            },
            code: { op in
                switch op {
                case let .tick(s): return "\(names[s])?.ticker.tick()"
                case let .keepTicker(s): return "t = \(names[s])?.ticker"
                case let .keepRender(s): return "r = \(names[s])?.render"
                case .tickKept: return "t?.tick()"
                case let .renew(s, label): return "\(names[s]) = Stopwatch(label: \(courseDescribe(label)))"
                case let .drop(s): return "\(names[s]) = nil"
                }
            },
            step: { op, mine, theirs in
                switch op {
                case let .tick(s):
                    mine.watches[s]?.ticker.tick()
                    theirs.watches[s]?.ticker.tick()
                case let .keepTicker(s):
                    mine.ticker = mine.watches[s]?.ticker
                    theirs.ticker = theirs.watches[s]?.ticker
                case let .keepRender(s):
                    mine.render = mine.watches[s]?.render
                    theirs.render = theirs.watches[s]?.render
                case .tickKept:
                    mine.ticker?.tick()
                    theirs.ticker?.tick()
                case let .renew(s, label):
                    mine.watches[s] = Submission.Stopwatch(label: label)
                    theirs.watches[s] = Reference.Stopwatch(label: label)
                case let .drop(s):
                    mine.watches[s] = nil
                    theirs.watches[s] = nil
                }
                for (at, name) in names.enumerated() {
                    if let difference = courseSame(mine.watches[at]?.elapsed as Any, theirs.watches[at]?.elapsed as Any, "\(name)?.elapsed") {
                        return difference
                    }
                    if let difference = courseSame(mine.watches[at]?.render() as Any, theirs.watches[at]?.render() as Any, "\(name)?.render()") {
                        return difference
                    }
                }
                return courseSame(mine.render?() as Any, theirs.render?() as Any, "r?()")
            })
    }
}
