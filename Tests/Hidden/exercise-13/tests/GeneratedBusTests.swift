import CourseHarness
@testable import Reference
import CBus
import XCTest

/// Counts how many times something happened (a collector's deinit).
private final class Tally { var count = 0 }

/// Two C buses and the collectors made so far, for one side (the learner's functions or the reference's):
/// three collector slots the sequence holds, and every collector ever made, seen through weak references.
private final class BusWorld<C: AnyObject> {
    private struct Weak { weak var object: C? }
    let buses: [OpaquePointer] = [bus_create()!, bus_create()!]
    var slots: [C] = []
    private var everyone: [Weak] = []
    private var deinits: [Tally] = []
    let churned = Tally()
    let make: (@escaping () -> Void) -> C
    let received: (C) -> [Int32]
    let subscribe: (C, OpaquePointer) -> Int32
    let unsubscribe: (Int32, OpaquePointer) -> Void

    init(make: @escaping (@escaping () -> Void) -> C, received: @escaping (C) -> [Int32],
         subscribe: @escaping (C, OpaquePointer) -> Int32, unsubscribe: @escaping (Int32, OpaquePointer) -> Void) {
        self.make = make
        self.received = received
        self.subscribe = subscribe
        self.unsubscribe = unsubscribe
        slots = (0..<3).map { _ in newCollector() }
    }

    func newCollector() -> C {
        let tally = Tally()
        let collector = make { tally.count += 1 }
        everyone.append(Weak(object: collector))
        deinits.append(tally)
        return collector
    }

    /// What a learner can observe: each bus's subscriber count, and for every collector ever made whether it
    /// is alive, how often it was destroyed and what it received; and how many churned collectors were destroyed.
    var observed: (subscribers: [Int32], alive: [Bool], destroyed: [Int], received: [[Int32]], churnedDestroyed: Int) {
        (buses.map { bus_subscriber_count($0) }, everyone.map { $0.object != nil }, deinits.map(\.count),
         everyone.map { $0.object.map(received) ?? [] }, churned.count)
    }

    deinit { buses.forEach { bus_destroy($0) } }   // contexts still registered are forgotten (they leak)
}

/// Generated cases: subscribe and unsubscribe against the reference on random sequences over two buses at
/// once (tokens of both buses start at 0), more than 16 subscriptions over a bus's life (tokens ≥ 16), a full
/// bus, tokens the bus never gave or already took back, one collector subscribed several times, collectors
/// the sequence lets go of, and publishes of any Int32.
final class GeneratedBusTests: XCTestCase {
    enum Op {
        case subscribe(collector: Int, bus: Int, times: Int)
        case unsubscribe(token: Int32, bus: Int)
        case publish(Int32, bus: Int)
        case letGo(collector: Int)
        case churn(bus: Int, times: Int)
    }

    static let ops = Gen<Op>.frequency([
        (5, zip(Gen.int(in: 0...2), Gen.int(in: 0...1), Gen.element(of: [1, 1, 1, 1, 2, 17])).map { Op.subscribe(collector: $0.0, bus: $0.1, times: $0.2) }),
        (4, zip(Gen<Int32>.frequency([(4, Gen.int(in: 0...4).map { Int32($0) }), (1, Gen.int(in: -2...40).map { Int32($0) })]), Gen.int(in: 0...1))
            .map { Op.unsubscribe(token: $0.0, bus: $0.1) }),
        (3, zip(Gen.int(in: Int(Int32.min)...Int(Int32.max)).map { Int32($0) }, Gen.int(in: 0...1)).map { Op.publish($0.0, bus: $0.1) }),
        (2, Gen.int(in: 0...2).map { Op.letGo(collector: $0) }),
        (1, zip(Gen.int(in: 0...1), Gen.element(of: [1, 16, 20])).map { Op.churn(bus: $0.0, times: $0.1) }),
    ])

    static func code(_ op: Op) -> String {
        switch op {
        case let .subscribe(c, b, 1): return "print(subscribe(c\(c), to: b\(b)))"
        case let .subscribe(c, b, times): return "for _ in 0..<\(times) { print(subscribe(c\(c), to: b\(b))) }"
        case let .unsubscribe(token, b): return "unsubscribe(\(token), from: b\(b))"
        case let .publish(value, b): return "bus_publish(b\(b), \(value))"
        case let .letGo(c): return "c\(c) = Collector()   // the sequence lets go of the old c\(c)"
        case let .churn(b, times): return "for _ in 0..<\(times) { unsubscribe(subscribe(Collector(), to: b\(b)), from: b\(b)) }"
        }
    }

    private static func apply<C>(_ op: Op, to world: BusWorld<C>) -> [Int32] {
        switch op {
        case let .subscribe(c, b, times):
            return (0..<times).map { _ in world.subscribe(world.slots[c], world.buses[b]) }
        case let .unsubscribe(token, b):
            world.unsubscribe(token, world.buses[b])
        case let .publish(value, b):
            bus_publish(world.buses[b], value)
        case let .letGo(c):
            world.slots[c] = world.newCollector()
        case let .churn(b, times):
            let tally = world.churned
            return (0..<times).map { _ in
                let token = world.subscribe(world.make { tally.count += 1 }, world.buses[b])
                world.unsubscribe(token, world.buses[b])
                return token
            }
        }
        return []
    }

    /// Random sequences of subscribe, unsubscribe, publish and letting go of collectors on two buses give the
    /// reference's tokens, subscriber counts, deliveries and lifetimes (each collector alive exactly as long as
    /// somebody holds it, destroyed once) after every step.
    func testSubscriptionsBehaveLikeTheReferenceUnderRandomSequences() {
        forAllSequences(Self.ops, cases: 100, maxSteps: 30,
                        setUp: "let b0 = bus_create()!, b1 = bus_create()!; var c0 = Collector(), c1 = Collector(), c2 = Collector()",
                        start: {
                            (BusWorld<Submission.Collector>(make: { Submission.Collector(onDeinit: $0) }, received: { $0.received },
                                                            subscribe: { Submission.subscribe($0, to: $1) },
                                                            unsubscribe: { Submission.unsubscribe($0, from: $1) }),
                             BusWorld<Reference.Collector>(make: { Reference.Collector(onDeinit: $0) }, received: { $0.received },
                                                           subscribe: { Reference.subscribe($0, to: $1) },
                                                           unsubscribe: { Reference.unsubscribe($0, from: $1) }))
                        },
                        code: Self.code,
                        step: { op, learner, reference in
            let learnerTokens = Self.apply(op, to: learner)
            let referenceTokens = Self.apply(op, to: reference)
            let (l, r) = (learner.observed, reference.observed)
            // Plain standard-library values, compared with == first (fast); courseSame words the difference.
            if learnerTokens == referenceTokens, l.subscribers == r.subscribers, l.alive == r.alive, l.destroyed == r.destroyed,
               l.received == r.received, l.churnedDestroyed == r.churnedDestroyed { return nil }
            if let difference = courseSame(learnerTokens as Any, referenceTokens as Any, "the tokens subscribe returned") { return difference }
            if let difference = courseSame(l.subscribers as Any, r.subscribers as Any, "[bus_subscriber_count(b0), bus_subscriber_count(b1)]") { return difference }
            for index in l.alive.indices {
                if l.destroyed[index] > 1 { return "collector #\(index + 1) (in the order they were made) was destroyed \(l.destroyed[index]) times: a release too many" }
                if l.alive[index] != r.alive[index] {
                    return "collector #\(index + 1) (in the order they were made) is \(l.alive[index] ? "still alive (leaked: a +1 never released)" : "destroyed (released too early)"), expected \(r.alive[index] ? "alive" : "destroyed")"
                }
                if let difference = courseSame(l.received[index] as Any, r.received[index] as Any, "the values collector #\(index + 1) received") { return difference }
            }
            return courseSame(l.churnedDestroyed as Any, r.churnedDestroyed as Any, "the number of churned collectors destroyed")
        })
    }
}
