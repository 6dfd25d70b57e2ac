// Exercise 19: a benchmark harness with warm-up, a sink and an injected clock
// (reference solution).

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
        samples.append(end &- start)
    }
    return samples
}
