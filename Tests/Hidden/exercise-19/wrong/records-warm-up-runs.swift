// Plausible wrong answer: runs the warm-up, but times it and keeps those samples in the results.
func runBenchmark(warmUpRuns: Int, measuredRuns: Int, clock: some NanosecondClock,
                  sink: ResultSink, work: () -> Int) -> [UInt64] {
    var samples: [UInt64] = []
    for _ in 0..<(warmUpRuns + measuredRuns) {
        let start = clock.now()
        let result = work()
        let end = clock.now()
        sink.consume(result)
        samples.append(end - start)
    }
    return samples
}
