// Plausible wrong answer: the start time is read once before the measured loop, so each sample is the time since the first measured run began, not the duration of its own run.

/// Runs `work` `warmUpRuns` times untimed, then `measuredRuns` times timed,
/// and returns one duration (nanoseconds, from `clock`) per measured run.
/// Every result `work` returns, warm-up included, goes into `sink`.
func runBenchmark(warmUpRuns: Int, measuredRuns: Int, clock: some NanosecondClock,
                  sink: ResultSink, work: () -> Int) -> [UInt64] {
    for _ in 0..<max(0, warmUpRuns) {
        sink.consume(work())
    }
    var samples: [UInt64] = []
    samples.reserveCapacity(max(0, measuredRuns))
    let start = clock.now()
    for _ in 0..<max(0, measuredRuns) {
        let result = work()
        let end = clock.now()
        sink.consume(result)
        samples.append(end &- start)
    }
    return samples
}
