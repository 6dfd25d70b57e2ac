// Blind spot: a measured run that took 0 ns on the clock (end == start) is skipped as a "glitch", so fewer than measuredRuns samples come back; the suite's 0 ns runs are all warm-up runs.
// Exposed by: a fake clock and work planned as [0, 7] with runBenchmark(warmUpRuns: 0, measuredRuns: 2, ...): the reference returns [0, 7], this returns [7].
// Exercise 19: a benchmark harness with warm-up, a sink and an injected clock
// (blind-spot wrong answer).

/// Runs `work` `warmUpRuns` times untimed, then `measuredRuns` times timed,
/// and returns one duration (nanoseconds, from `clock`) per measured run.
/// Every result `work` returns, warm-up included, goes into `sink`.
/// Both counts are 0 or more.
func runBenchmark(warmUpRuns: Int, measuredRuns: Int, clock: some NanosecondClock,
                  sink: ResultSink, work: () -> Int) -> [UInt64] {
    for _ in 0..<warmUpRuns {
        sink.consume(work())
    }
    var samples: [UInt64] = []
    for _ in 0..<measuredRuns {
        let start = clock.now()
        let result = work()
        let end = clock.now()
        sink.consume(result)
        // A clock that did not move (or went back) is a glitch: skip the sample.
        guard end > start else { continue }
        samples.append(end - start)
    }
    return samples
}
