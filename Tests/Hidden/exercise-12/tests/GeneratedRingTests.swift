import CourseHarness
@testable import Reference
import CRing
import Foundation
import XCTest

/// Generated cases: the learner's Ring against the reference's on capacities nobody wrote down and on random
/// sequences of push, pop, count, close, drop and re-create on two rings at once (any Int64, Int64.min and
/// Int64.max included), checking C's leak and misuse counters after every step; and two rings on two threads.
final class GeneratedRingTests: XCTestCase {
    /// Any capacity: invalid ones (0, negative, Int.min), small ones, large ones, ones C refuses (> 1 << 40),
    /// and whether C is told to fail the next ring_create.
    func testInitAgreesWithTheReferenceForAnyCapacity() {
        let capacities = Gen<Int>.frequency([(3, Gen.int(in: -3...70)), (1, Gen.element(of: [Int.min, Int.max, -1, 0, 1, 1 << 16, 1 << 41])),
                                             (1, Gen.int.filter { $0 <= 0 || $0 > 1 << 41 })])
        forAll(zip(capacities, Gen<Bool>.frequency([(4, .constant(false)), (1, .constant(true))])), cases: 120) { capacity, failNext in
            let call = failNext ? "ring_fail_next_create(); Ring(capacity: \(capacity))" : "Ring(capacity: \(capacity))"
            let (creates, live, bad) = (ring_create_calls(), ring_live_count(), ring_bad_calls())
            if failNext, capacity > 0 { ring_fail_next_create() }
            var learner = Submission.Ring(capacity: capacity)
            let learnerCreates = ring_create_calls() - creates
            if failNext, capacity > 0, learnerCreates == 0, let spare = ring_create(1) { ring_destroy(spare) }  // use up the failure
            if failNext, capacity > 0 { ring_fail_next_create() }
            var reference = Reference.Ring(capacity: capacity)
            if capacity <= 0, learnerCreates != 0 {
                return "\(call) called ring_create \(learnerCreates) time(s): a capacity <= 0 must be refused in Swift, before C"
            }
            if (learner == nil) != (reference == nil) {
                return "\(call) gave \(learner == nil ? "nil" : "a Ring"), expected \(reference == nil ? "nil" : "a Ring")"
            }
            learner = nil
            reference = nil
            if ring_live_count() != live { return "after \(call) and dropping the result, \(ring_live_count() - live) C ring(s) are still alive" }
            if ring_bad_calls() != bad { return "\(call) made \(ring_bad_calls() - bad) bad call(s) into C" }
            return nil
        }
    }

    static let rounds = 150_000

    enum Op {
        case push(Int, Int64), pop(Int), count(Int), close(Int), drop(Int), make(Int, Int)
    }

    static let values = Gen<Int64>.frequency([(3, Gen.int(in: -50...50).map { Int64($0) }),
                                              (2, Gen.int.map { Int64($0) }),
                                              (1, Gen.element(of: [Int64.min, Int64.max, 0, -1]))])

    static let ops = Gen<Op>.frequency([
        (6, zip(Gen.int(in: 0...1), values).map { Op.push($0.0, $0.1) }),
        (5, Gen.int(in: 0...1).map { Op.pop($0) }),
        (2, Gen.int(in: 0...1).map { Op.count($0) }),
        (1, Gen.int(in: 0...1).map { Op.close($0) }),
        (1, Gen.int(in: 0...1).map { Op.drop($0) }),
        (1, zip(Gen.int(in: 0...1), Gen.element(of: [1, 2, 3, 8, -1, 0])).map { Op.make($0.0, $0.1) }),
    ])

    /// Random sequences of operations on two rings (capacity 3 and 1 to start) give the reference's results
    /// step by step, with no C ring leaked or freed twice and no C call on a dead ring.
    func testRingBehavesLikeTheReferenceRingUnderRandomOperations() {
        forAllSequences(Self.ops, cases: 120, maxSteps: 40,
                        setUp: "var r0: Ring? = Ring(capacity: 3); var r1: Ring? = Ring(capacity: 1)",
                        start: { ([Submission.Ring(capacity: 3), Submission.Ring(capacity: 1)],
                                  [Reference.Ring(capacity: 3), Reference.Ring(capacity: 1)]) },
                        code: { op in
                            switch op {
                            case let .push(slot, value): return "r\(slot)?.push(\(value))"
                            case let .pop(slot): return "r\(slot)?.pop()"
                            case let .count(slot): return "r\(slot)?.count"
                            case let .close(slot): return "r\(slot)?.close()"
                            case let .drop(slot): return "r\(slot) = nil"
                            case let .make(slot, capacity): return "r\(slot) = Ring(capacity: \(capacity))"
                            }
                        },
                        step: { op, learner, reference in
            let (bad, live) = (ring_bad_calls(), ring_live_count())
            var learnerResult: Any = (), referenceResult: Any = ()
            var learnerFreed = 0, referenceFreed = 0
            switch op {
            case let .push(slot, value):
                learnerResult = learner[slot]?.push(value) as Any
                referenceResult = reference[slot]?.push(value) as Any
            case let .pop(slot):
                learnerResult = learner[slot]?.pop() as Any
                referenceResult = reference[slot]?.pop() as Any
            case let .count(slot):
                learnerResult = learner[slot]?.count as Any
                referenceResult = reference[slot]?.count as Any
            case let .close(slot):
                learner[slot]?.close()
                learnerFreed = live - ring_live_count()
                reference[slot]?.close()
                referenceFreed = live - learnerFreed - ring_live_count()
            case let .drop(slot):
                learner[slot] = nil
                learnerFreed = live - ring_live_count()
                reference[slot] = nil
                referenceFreed = live - learnerFreed - ring_live_count()
            case let .make(slot, capacity):
                learner[slot] = Submission.Ring(capacity: capacity)
                learnerFreed = live - ring_live_count()
                reference[slot] = Reference.Ring(capacity: capacity)
                referenceFreed = live - learnerFreed - ring_live_count()
                learnerResult = learner[slot] == nil ? "nil" : "a Ring"
                referenceResult = reference[slot] == nil ? "nil" : "a Ring"
            }
            if ring_bad_calls() != bad { return "C counted \(ring_bad_calls() - bad) bad call(s): a C function got a dead ring or one was freed twice" }
            if let difference = courseSame(learnerResult, referenceResult, "the result") { return difference }
            if learnerFreed != referenceFreed {
                return "the number of live C rings changed by \(-learnerFreed), expected \(-referenceFreed) (a leak, or a ring freed too early)"
            }
            for slot in 0..<2 {
                if let difference = courseSame(learner[slot]?.count as Any, reference[slot]?.count as Any, "r\(slot)?.count") {
                    return difference
                }
            }
            return nil
        })
    }

    /// Two rings, each used by its own thread at the same time (push then pop, many times), each give back
    /// their own values.
    func testTwoRingsOnTwoThreadsAtOnceKeepTheirOwnValues() {
        final class Failures: @unchecked Sendable {
            private let lock = NSLock()
            private(set) var first: String?
            private(set) var count = 0
            func note(_ text: String) { lock.lock(); count += 1; if first == nil { first = text }; lock.unlock() }
        }
        final class Rings: @unchecked Sendable {  // made here, each used by one thread only, closed here
            let rings = (0..<4).map { _ in Submission.Ring(capacity: 4) }
        }
        let failures = Failures(), made = Rings()   // C's registry of rings is not thread-safe: create before
        courseConcurrently(4) { worker in
            guard let ring = made.rings[worker] else { return failures.note("Ring(capacity: 4) gave nil") }
            let mine = Int64(worker + 1) * 1_000_000_007
            for _ in 0..<Self.rounds {
                ring.push(mine)
                let got = ring.pop()
                if got != mine { failures.note("on thread \(worker), push(\(mine)) then pop() gave \(courseDescribe(got as Any))") }
            }
        }
        made.rings.forEach { $0?.close() }
        if let first = failures.first {
            XCTFail("\(failures.count) of \(4 * Self.rounds) pops on four rings used by four threads at once went wrong, for example \(first): a Ring must not share its scratch space with other Rings")
        }
    }
}
