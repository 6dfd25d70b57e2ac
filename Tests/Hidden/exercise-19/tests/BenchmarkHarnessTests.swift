import XCTest

/// A clock that only moves when told to: the work below advances it by a
/// planned duration, so every measured duration is known in advance.
final class FakeClock: NanosecondClock {
    private(set) var current: UInt64 = 1_000_000
    private(set) var reads = 0
    func now() -> UInt64 {
        reads += 1
        return current
    }
    func advance(by nanoseconds: UInt64) { current += nanoseconds }
}

/// Work whose n-th call "takes" plan[n] nanoseconds on the fake clock and
/// returns (n + 1) * 10. Calls beyond the plan take 999_999 ns.
final class PlannedWork {
    let clock: FakeClock
    let plan: [UInt64]
    private(set) var calls = 0
    private(set) var returnedSum = 0
    init(clock: FakeClock, plan: [UInt64]) {
        self.clock = clock
        self.plan = plan
    }
    func callAsFunction() -> Int {
        clock.advance(by: calls < plan.count ? plan[calls] : 999_999)
        calls += 1
        returnedSum += calls * 10
        return calls * 10
    }
}

final class BenchmarkHarnessTests: XCTestCase {
    /// Three slow cold runs, then four warm ones.
    private let plan: [UInt64] = [5_000, 4_000, 3_000, 100, 120, 110, 105]

    func testSamplesAreExactlyTheDurationsOfTheMeasuredRunsInOrder() {
        let clock = FakeClock()
        let work = PlannedWork(clock: clock, plan: plan)
        let samples = runBenchmark(warmUpRuns: 3, measuredRuns: 4, clock: clock, sink: ResultSink()) { work() }
        XCTAssertEqual(samples, [100, 120, 110, 105],
                       "after 3 warm-up runs (5000, 4000, 3000 ns) the 4 measured runs take 100, 120, 110 and 105 ns, each timed on its own with the given clock")
    }

    func testWarmUpRunsExecuteButAreNotRecorded() {
        let clock = FakeClock()
        let work = PlannedWork(clock: clock, plan: plan)
        let samples = runBenchmark(warmUpRuns: 3, measuredRuns: 4, clock: clock, sink: ResultSink()) { work() }
        XCTAssertEqual(work.calls, 7, "3 warm-up runs + 4 measured runs = 7 calls of the work")
        XCTAssertEqual(samples.count, 4, "only the 4 measured runs produce samples; warm-up runs are not recorded")
        XCTAssertFalse(samples.contains(5_000) || samples.contains(4_000) || samples.contains(3_000),
                       "the slow cold runs (5000, 4000, 3000 ns) are warm-up and must not appear in the samples")
    }

    func testEveryResultGoesIntoTheSinkWarmUpIncluded() {
        let clock = FakeClock()
        let work = PlannedWork(clock: clock, plan: plan)
        let sink = ResultSink()
        _ = runBenchmark(warmUpRuns: 3, measuredRuns: 4, clock: clock, sink: sink) { work() }
        XCTAssertEqual(sink.consumedCount, 7,
                       "all 7 results (3 warm-up + 4 measured) must go into the sink, or the optimizer may delete the work")
        XCTAssertEqual(sink.checksum, work.returnedSum,
                       "the sink must receive the values the work returned (10 + 20 + ... + 70 = 280), not something else")
    }

    func testWithoutWarmUpEveryRunIsMeasured() {
        let clock = FakeClock()
        let work = PlannedWork(clock: clock, plan: [700, 300, 500])
        let sink = ResultSink()
        let samples = runBenchmark(warmUpRuns: 0, measuredRuns: 3, clock: clock, sink: sink) { work() }
        XCTAssertEqual(samples, [700, 300, 500], "with no warm-up, the three runs of 700, 300 and 500 ns are all measured")
        XCTAssertEqual(sink.consumedCount, 3, "three runs, three results in the sink")
    }

    func testZeroMeasuredRunsStillWarmUpButRecordNothing() {
        let clock = FakeClock()
        let work = PlannedWork(clock: clock, plan: [50, 60])
        let sink = ResultSink()
        let samples = runBenchmark(warmUpRuns: 2, measuredRuns: 0, clock: clock, sink: sink) { work() }
        XCTAssertEqual(samples, [], "no measured runs, no samples")
        XCTAssertEqual(work.calls, 2, "the 2 warm-up runs still run")
        XCTAssertEqual(sink.consumedCount, 2, "the 2 warm-up results still go into the sink")
    }

    func testTheHarnessTimesWithTheInjectedClockOnly() {
        let clock = FakeClock()
        let work = PlannedWork(clock: clock, plan: [0, 0, 7, 7, 7])
        let samples = runBenchmark(warmUpRuns: 2, measuredRuns: 3, clock: clock, sink: ResultSink()) { work() }
        XCTAssertEqual(samples, [7, 7, 7],
                       "each measured run moves the fake clock by exactly 7 ns; real time must not leak into the samples")
        XCTAssertGreaterThanOrEqual(clock.reads, 3, "the harness must read the injected clock to time the measured runs")
    }

    func testEachRunIsTimedSeparatelyNotAveraged() {
        let clock = FakeClock()
        let work = PlannedWork(clock: clock, plan: [1, 10, 1_000, 10])
        let samples = runBenchmark(warmUpRuns: 1, measuredRuns: 3, clock: clock, sink: ResultSink()) { work() }
        XCTAssertEqual(samples, [10, 1_000, 10],
                       "one slow run must show up as one slow sample (10, 1000, 10), not be spread into an average")
    }
}
