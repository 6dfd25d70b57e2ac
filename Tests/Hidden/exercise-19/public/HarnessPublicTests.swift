import XCTest

/// A clock that moves only when the work tells it to.
final class SteppedClock: NanosecondClock {
    var current: UInt64 = 500
    func now() -> UInt64 { current }
}

final class HarnessPublicTests: XCTestCase {
    /// Two warm-up runs are not timed; each of the three measured runs is timed on its own.
    func testOnlyTheMeasuredRunsAreTimedEachOnItsOwn() {
        let clock = SteppedClock()
        let durations: [UInt64] = [900, 800, 30, 40, 50]
        var calls = 0
        let samples = runBenchmark(warmUpRuns: 2, measuredRuns: 3, clock: clock, sink: ResultSink()) {
            clock.current += durations[min(calls, durations.count - 1)]
            calls += 1
            return calls
        }
        XCTAssertEqual(calls, 5, "2 warm-up runs and 3 measured runs call the work 5 times")
        XCTAssertEqual(samples, [30, 40, 50], "one duration per measured run, in order; the warm-up runs (900, 800) are not recorded")
    }

    /// Every value the work returns goes to the sink, warm-up runs included.
    func testEveryResultReachesTheSink() {
        let sink = ResultSink()
        _ = runBenchmark(warmUpRuns: 1, measuredRuns: 2, clock: SteppedClock(), sink: sink) { 5 }
        XCTAssertEqual(sink.consumedCount, 3, "1 warm-up and 2 measured results are consumed")
        XCTAssertEqual(sink.checksum, 15, "three results of 5")
    }
}
