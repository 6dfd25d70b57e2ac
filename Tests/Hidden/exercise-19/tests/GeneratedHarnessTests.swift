import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's harness against the reference solution with fake clocks nobody wrote down
/// (runs of 0 ns, a counter that wraps past UInt64.max, a clock that costs time to read, many runs).
final class GeneratedHarnessTests: XCTestCase {
    /// A fake clock for both modules: it moves when the work says so, and by `readCost` on every read; it
    /// logs every read and every call of the work, in order.
    final class ScriptedClock: Submission.NanosecondClock, Reference.NanosecondClock {
        var current: UInt64
        let readCost: UInt64
        /// "n" for a read of the clock, "w" for a call of the work, in order.
        var log = ""
        init(start: UInt64, readCost: UInt64) { current = start; self.readCost = readCost }
        func now() -> UInt64 {
            log += "n"
            let value = current
            current = current &+ readCost
            return value
        }
    }

    struct Setup {
        let warmUpRuns: Int, measuredRuns: Int, start: UInt64, readCost: UInt64, plan: [UInt64]
    }

    /// What one run of a harness shows: the samples, the order of clock reads ("n") and work calls ("w"),
    /// and the sink.
    struct Observed {
        let samples: [UInt64], events: String, consumedCount: Int, checksum: Int
    }

    static let setups: Gen<Setup> = zip(
        zip(Gen.int(in: 0...4), Gen.frequency([(6, Gen.int(in: 0...8)), (1, Gen.int(in: 100...250))])),
        Gen.element(of: [1_000_000, UInt64.max - 5, UInt64.max, 0, UInt64.max - 1_000]),
        Gen.element(of: [0, 1, 7] as [UInt64]),
        Gen.frequency([(3, Gen.element(of: [0, 1, 10, 100] as [UInt64])), (1, Gen.int(in: 0...1_000_000).map(UInt64.init))])
            .array(maxCount: 12)
    ).map { counts, start, readCost, plan in
        Setup(warmUpRuns: counts.0, measuredRuns: counts.1, start: start, readCost: readCost, plan: plan)
    }

    static func describe(_ setup: Setup) -> String {
        "a clock starting at \(setup.start) that advances \(setup.readCost) ns on every read, work whose n-th call "
            + "takes plan[n] ns of \(setup.plan) (then 3 ns) and returns n * 7 - 20, "
            + "runBenchmark(warmUpRuns: \(setup.warmUpRuns), measuredRuns: \(setup.measuredRuns), ...)"
    }

    static func work(_ clock: ScriptedClock, _ plan: [UInt64]) -> () -> Int {
        var calls = 0
        return {
            clock.log += "w"
            clock.current = clock.current &+ (calls < plan.count ? plan[calls] : 3)
            calls += 1
            return calls * 7 - 20
        }
    }

    /// Samples, clock reads (how many and when), work calls and sink contents agree with the reference's.
    func testRunBenchmarkAgreesWithTheReferenceOnGeneratedClocksAndPlans() {
        forAll(Self.setups, cases: 120, describe: Self.describe) { setup in
            let learnerClock = ScriptedClock(start: setup.start, readCost: setup.readCost)
            let learnerSink = Submission.ResultSink()
            let learnerSamples = Submission.runBenchmark(warmUpRuns: setup.warmUpRuns, measuredRuns: setup.measuredRuns,
                                                         clock: learnerClock, sink: learnerSink,
                                                         work: Self.work(learnerClock, setup.plan))
            let referenceClock = ScriptedClock(start: setup.start, readCost: setup.readCost)
            let referenceSink = Reference.ResultSink()
            let referenceSamples = Reference.runBenchmark(warmUpRuns: setup.warmUpRuns, measuredRuns: setup.measuredRuns,
                                                          clock: referenceClock, sink: referenceSink,
                                                          work: Self.work(referenceClock, setup.plan))
            return courseSame(
                Observed(samples: learnerSamples, events: learnerClock.log,
                         consumedCount: learnerSink.consumedCount, checksum: learnerSink.checksum) as Any,
                Observed(samples: referenceSamples, events: referenceClock.log,
                         consumedCount: referenceSink.consumedCount, checksum: referenceSink.checksum) as Any,
                "runBenchmark(warmUpRuns: \(setup.warmUpRuns), measuredRuns: \(setup.measuredRuns), ...)")
        }
    }
}
