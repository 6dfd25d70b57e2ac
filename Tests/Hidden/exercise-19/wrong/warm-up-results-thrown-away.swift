// Plausible wrong answer: the warm-up runs discard their results with `_ = work()`, as you would in Python; an optimizer may then delete the warm-up work, so the warm-up warms nothing up.

/// Runs `work` `warmUpRuns` times untimed, then `measuredRuns` times timed,
/// and returns one duration (nanoseconds, from `clock`) per measured run.
/// Every result `work` returns, warm-up included, goes into `sink`.
func runBenchmark(warmUpRuns: Int, measuredRuns: Int, clock: some NanosecondClock,
                  sink: ResultSink, work: () -> Int) -> [UInt64] {
    for _ in 0..<max(0, warmUpRuns) {
        _ = work()
    }
    var samples: [UInt64] = []
    samples.reserveCapacity(max(0, measuredRuns))
    for _ in 0..<max(0, measuredRuns) {
        let start = clock.now()
        let result = work()
        let end = clock.now()
        sink.consume(result)
        samples.append(end &- start)
    }
    return samples
}
