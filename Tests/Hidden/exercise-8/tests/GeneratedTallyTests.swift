import CourseHarness
import Dispatch
@testable import Reference
import XCTest

/// Generated cases: the learner's tally and VisitCounter against the reference solution on inputs nobody
/// wrote down (empty page names, names that differ by a space or case, names beyond ASCII, worker counts
/// that do not divide the visits, huge and negative worker counts) and on sequences of counter calls.
final class GeneratedTallyTests: XCTestCase {
    /// Page names: a few that repeat (so counts grow), "", names that differ only by whitespace or case, and any text.
    static var page: Gen<String> {
        Gen<String>.frequency([
            (4, Gen.element(of: ["a", "a ", " a", "A", "", "home", "é", "\u{0}", "a\tb", "👍🏽"])),
            (1, Gen.string(of: .character, maxCount: 12)),
        ])
    }
    static var visits: Gen<[String]> {
        Gen<[String]>.frequency([(4, page.array(maxCount: 20)), (1, page.array(in: 50...150))])
    }
    static var workers: Gen<Int> {
        Gen<Int>.edges([1, 0, -1, 2, 3, 7, Int.max, Int.min, 1_000_000], else: Gen.int(in: -5...50))
    }

    /// Runs async work from a synchronous property and waits for its result.
    static func wait<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
        let box = ResultBox<T>(), done = DispatchSemaphore(value: 0)
        Task {
            box.value = await body()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    /// Counts compared by key lookup (String's ==), so two spellings of one character are one page on both sides.
    static func sameCounts(_ mine: [String: Int], _ theirs: [String: Int], _ call: String) -> String? {
        if mine.count == theirs.count && theirs.allSatisfy({ mine[$0.key] == $0.value }) { return nil }
        return "for \(call), the counts are \(courseDescribe(mine)), expected \(courseDescribe(theirs))"
    }

    /// tally(_:workers:) returns the reference's counts for any visits and any worker count.
    func testTallyCountsLikeTheReferenceForAnyVisitsAndWorkers() {
        forAll(zip(Self.visits, Self.workers), cases: 40) { visits, workers in
            let (mine, theirs) = Self.wait { (await Submission.tally(visits, workers: workers), await Reference.tally(visits, workers: workers)) }
            return Self.sameCounts(mine, theirs, "await tally(\(courseDescribe(visits)), workers: \(workers))")
        }
    }

    /// record(_:) from many tasks at once into one counter, then count(of:) for every page and snapshot(),
    /// agree with the reference's.
    func testACounterSharedByManyTasksCountsLikeTheReference() {
        forAll(zip(Self.visits, Self.page.array(maxCount: 4)), cases: 25) { visits, queries in
            let results = Self.wait { () async -> ([Int], [String: Int], [Int], [String: Int]) in
                let mine = Submission.VisitCounter(), theirs = Reference.VisitCounter()
                await withTaskGroup(of: Void.self) { group in
                    for page in visits {
                        group.addTask { await mine.record(page) }
                        group.addTask { await theirs.record(page) }
                    }
                }
                var mineCounts: [Int] = [], theirCounts: [Int] = []
                for page in visits + queries {
                    mineCounts.append(await mine.count(of: page))
                    theirCounts.append(await theirs.count(of: page))
                }
                return (mineCounts, await mine.snapshot(), theirCounts, await theirs.snapshot())
            }
            let mine = (results.0, results.1), theirs = (results.2, results.3)
            let call = "one counter, \(visits.count) tasks each recording one of \(courseDescribe(visits))"
            if let difference = courseSame(mine.0 as Any, theirs.0 as Any, "\(call); count(of:) for each page and \(courseDescribe(queries))") {
                return difference
            }
            return Self.sameCounts(mine.1, theirs.1, "\(call); snapshot()")
        }
    }

    enum Op: Sendable {
        case record(String)
        case count(String)
        case snapshot
    }

    /// record, count(of:) and snapshot() in any order on one counter, in lockstep with the reference: every
    /// answer agrees.
    func testAVisitCounterAnswersLikeTheReferenceInAnySequence() {
        let op = Gen<Op>.frequency([
            (4, Self.page.map { Op.record($0) }), (2, Self.page.map { Op.count($0) }), (1, Gen.constant(Op.snapshot)),
        ])
        forAllSequences(op, cases: 30, setUp: "let counter = VisitCounter()",
            start: { (Submission.VisitCounter(), Reference.VisitCounter()) },
            code: { op in
                switch op {
                case let .record(page): return "await counter.record(\(courseDescribe(page)))"
                case let .count(page): return "await counter.count(of: \(courseDescribe(page)))"
                case .snapshot: return "await counter.snapshot()"
                }
            },
            step: { op, mine, theirs in
                let (learner, reference) = (mine, theirs)
                switch op {
                case let .record(page):
                    Self.wait { await learner.record(page); await reference.record(page) }
                    return nil
                case let .count(page):
                    let (a, e) = Self.wait { (await learner.count(of: page), await reference.count(of: page)) }
                    return courseSame(a as Any, e as Any, "the count")
                case .snapshot:
                    let (a, e) = Self.wait { (await learner.snapshot(), await reference.snapshot()) }
                    return Self.sameCounts(a, e, "the snapshot")
                }
            })
    }
}

/// One result handed from a task to the thread that waits for it: written before the signal, read after the wait.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
