import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's Connection against the reference solution, compared on the pool's full log
/// (every open, send and close, in order), on inputs nobody wrote down (empty farewells, messages and labels
/// with spaces, newlines or beyond ASCII, many duplicates and reconnects, two pools at once).
final class GeneratedConnectionTests: XCTestCase {
    static let text = Gen<String>.frequency([
        (3, Gen.element(of: ["", "bye", "hello world", "a\nb", "é", "👋", "a\u{0}b", " "])), (2, Gen.string(of: .character, maxCount: 20)),
    ])

    static func sameLog(_ mine: Submission.ConnectionPool, _ theirs: Reference.ConnectionPool, _ call: @autoclosure () -> String) -> String? {
        if mine.log == theirs.log && mine.closeCounts == theirs.closeCounts { return nil }  // the fast path
        let call = call()
        return courseSame(mine.log as Any, theirs.log as Any, call + "; pool.log")
            ?? courseSame(mine.closeCounts as Any, theirs.closeCounts as Any, call + "; pool.closeCounts")
    }

    /// A connection that sends generated messages and is dropped, or closed with close(): the pool's log is
    /// the reference's.
    func testSendThenDropOrCloseLogsLikeTheReference() {
        forAll(zip(Self.text, Self.text.array(maxCount: 5), Gen.bool)) { label, messages, close in
            let mine = Submission.ConnectionPool(), theirs = Reference.ConnectionPool()
            do {
                let c = Submission.Connection(pool: mine, label: label), r = Reference.Connection(pool: theirs, label: label)
                for message in messages {
                    c.send(message)
                    r.send(message)
                }
                if close {
                    c.close()
                    r.close()
                }
            }
            let call = "do { let c = Connection(pool: pool, label: \(courseDescribe(label))); "
                + messages.map { "c.send(\(courseDescribe($0))); " }.joined() + (close ? "c.close() }" : "}")
            return Self.sameLog(mine, theirs, call)
        }
    }

    /// duplicate() called several times: every duplicate has the label and its own id, and the pool's log is
    /// the reference's.
    func testDuplicateOpensNewConnectionsWithTheSameLabelLikeTheReference() {
        forAll(zip(Self.text, Gen.int(in: 1...5))) { label, count in
            let mine = Submission.ConnectionPool(), theirs = Reference.ConnectionPool()
            var call = "let c = Connection(pool: pool, label: \(courseDescribe(label)))"
            var problem: String?
            do {
                let c = Submission.Connection(pool: mine, label: label), r = Reference.Connection(pool: theirs, label: label)
                for i in 1...count {
                    let d = c.duplicate(), e = r.duplicate()
                    call += "; let d\(i) = c.duplicate()"
                    problem = problem ?? courseSame((d.id, d.label) as Any, (e.id, e.label) as Any, call + "; (d\(i).id, d\(i).label)")
                    d.send("from \(i)")
                    e.send("from \(i)")
                    call += "; d\(i).send(\"from \(i)\")"
                }
            }
            return problem ?? Self.sameLog(mine, theirs, "do { \(call) }")
        }
    }

    /// finish(_:farewell:) with any farewell, empty included: sent, then closed once, as the reference's.
    func testFinishSendsAnyFarewellThenClosesLikeTheReference() {
        forAll(zip(Self.text, Self.text)) { label, farewell in
            let mine = Submission.ConnectionPool(), theirs = Reference.ConnectionPool()
            Submission.finish(Submission.Connection(pool: mine, label: label), farewell: farewell)
            Reference.finish(Reference.Connection(pool: theirs, label: label), farewell: farewell)
            return Self.sameLog(mine, theirs, "finish(Connection(pool: pool, label: \(courseDescribe(label))), farewell: \(courseDescribe(farewell)))")
        }
    }

    /// reconnect(_:) several times in a row: each replacement keeps the label, and the pool's log (opens before
    /// closes) is the reference's.
    func testReconnectReplacesTheConnectionLikeTheReference() {
        forAll(zip(Self.text, Gen.int(in: 1...4))) { label, count in
            let mine = Submission.ConnectionPool(), theirs = Reference.ConnectionPool()
            var call = "var c = Connection(pool: pool, label: \(courseDescribe(label)))"
            var problem: String?
            do {
                var c = Submission.Connection(pool: mine, label: label), r = Reference.Connection(pool: theirs, label: label)
                for _ in 1...count {
                    Submission.reconnect(&c)
                    Reference.reconnect(&r)
                    call += "; reconnect(&c)"
                    problem = problem ?? courseSame((c.id, c.label) as Any, (r.id, r.label) as Any, call + "; (c.id, c.label)")
                        ?? Self.sameLog(mine, theirs, call)
                    c.send("after")
                    r.send("after")
                    call += "; c.send(\"after\")"
                }
            }
            return problem ?? Self.sameLog(mine, theirs, "do { \(call) }")
        }
    }

    enum Op {
        case open(Int, String)
        case send(Int, String)
        case duplicate(from: Int, to: Int)
        case reconnect(Int)
        case finish(Int, String)
        case close(Int)
        case drop(Int)
    }

    /// Two connection variables; `a` starts in pool 1 and `b` in pool 2.
    final class LearnerSlots {
        let pools = [Submission.ConnectionPool(), Submission.ConnectionPool()]
        var a: Submission.Connection?
        var b: Submission.Connection?
        init() {
            a = Submission.Connection(pool: pools[0], label: "db")
            b = Submission.Connection(pool: pools[1], label: "cache")
        }
        func take(_ slot: Int) -> Submission.Connection? { slot == 0 ? a.take() : b.take() }
        func put(_ slot: Int, _ connection: consuming Submission.Connection?) { if slot == 0 { a = connection } else { b = connection } }
        func apply(_ op: Op) {
            switch op {
            case let .open(s, label): put(s, Submission.Connection(pool: pools[s], label: label))
            case let .send(s, message): if let c = take(s) { c.send(message); put(s, c) }
            case let .duplicate(from, to): if let c = take(from) { let d = c.duplicate(); put(from, c); put(to, d) }
            case let .reconnect(s): if var c = take(s) { Submission.reconnect(&c); put(s, c) }
            case let .finish(s, farewell): if let c = take(s) { Submission.finish(c, farewell: farewell) }
            case let .close(s): if let c = take(s) { c.close() }
            case let .drop(s): put(s, nil)
            }
        }
    }

    final class ReferenceSlots {
        let pools = [Reference.ConnectionPool(), Reference.ConnectionPool()]
        var a: Reference.Connection?
        var b: Reference.Connection?
        init() {
            a = Reference.Connection(pool: pools[0], label: "db")
            b = Reference.Connection(pool: pools[1], label: "cache")
        }
        func take(_ slot: Int) -> Reference.Connection? { slot == 0 ? a.take() : b.take() }
        func put(_ slot: Int, _ connection: consuming Reference.Connection?) { if slot == 0 { a = connection } else { b = connection } }
        func apply(_ op: Op) {
            switch op {
            case let .open(s, label): put(s, Reference.Connection(pool: pools[s], label: label))
            case let .send(s, message): if let c = take(s) { c.send(message); put(s, c) }
            case let .duplicate(from, to): if let c = take(from) { let d = c.duplicate(); put(from, c); put(to, d) }
            case let .reconnect(s): if var c = take(s) { Reference.reconnect(&c); put(s, c) }
            case let .finish(s, farewell): if let c = take(s) { Reference.finish(c, farewell: farewell) }
            case let .close(s): if let c = take(s) { c.close() }
            case let .drop(s): put(s, nil)
            }
        }
    }

    /// Opens, sends, duplicates, reconnects, finishes, closes and drops on two connection variables in two
    /// pools, in lockstep with the reference: after every step both pools' logs and close counts agree.
    func testConnectionsBehaveLikeTheReferenceInAnySequence() {
        let slot = Gen.int(in: 0...1)
        let op = Gen<Op>.frequency([
            (1, zip(slot, Self.text).map { Op.open($0.0, $0.1) }), (3, zip(slot, Self.text).map { Op.send($0.0, $0.1) }),
            (2, zip(slot, slot).map { Op.duplicate(from: $0.0, to: $0.1) }), (2, slot.map { Op.reconnect($0) }),
            (1, zip(slot, Self.text).map { Op.finish($0.0, $0.1) }), (1, slot.map { Op.close($0) }), (1, slot.map { Op.drop($0) }),
        ])
        let names = ["a", "b"]
        forAllSequences(op, cases: 150, setUp: """
            let pool1 = ConnectionPool(), pool2 = ConnectionPool()
                var a: Connection? = Connection(pool: pool1, label: "db")
                var b: Connection? = Connection(pool: pool2, label: "cache")
            """,
            start: { (LearnerSlots(), ReferenceSlots()) },
            code: { op in
                func with(_ s: Int, _ body: String) -> String { "if let c = \(names[s]).take() { \(body) }" }
                switch op {
                case let .open(s, label): return "\(names[s]) = Connection(pool: pool\(s + 1), label: \(courseDescribe(label)))"
                case let .send(s, message): return with(s, "c.send(\(courseDescribe(message))); \(names[s]) = c")
                case let .duplicate(from, to): return with(from, "let d = c.duplicate(); \(names[from]) = c; \(names[to]) = d")
                case let .reconnect(s): return "if var c = \(names[s]).take() { reconnect(&c); \(names[s]) = c }"
                case let .finish(s, farewell): return with(s, "finish(c, farewell: \(courseDescribe(farewell)))")
                case let .close(s): return with(s, "c.close()")
                case let .drop(s): return "\(names[s]) = nil"
                }
            },
            step: { op, mine, theirs in
                mine.apply(op)
                theirs.apply(op)
                return Self.sameLog(mine.pools[0], theirs.pools[0], "pool1") ?? Self.sameLog(mine.pools[1], theirs.pools[1], "pool2")
            })
    }
}
