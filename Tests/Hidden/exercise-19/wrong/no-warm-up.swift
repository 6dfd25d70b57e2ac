// Plausible wrong answer: forgets the warm-up runs and measures from the very first (cold) call.
func runBenchmark(warmUpRuns: Int, measuredRuns: Int, clock: some NanosecondClock,
                  sink: ResultSink, work: () -> Int) -> [UInt64] {
    var samples: [UInt64] = []
    for _ in 0..<measuredRuns {
        let start = clock.now()
        let result = work()
        let end = clock.now()
        sink.consume(result)
        samples.append(end - start)
    }
    return samples
}
