// Plausible wrong answer: the measured loop is timed once and the total divided by the number of runs, which hides a single slow run inside an average.

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
        sink.consume(work())
    }
    let end = clock.now()
    if measuredRuns > 0 {
        let average = (end - start) / UInt64(measuredRuns)
        samples = Array(repeating: average, count: measuredRuns)
    }
    return samples
}
