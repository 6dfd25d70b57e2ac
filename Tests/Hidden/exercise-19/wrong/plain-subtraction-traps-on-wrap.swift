// Blind spot: the duration is `end - start` with a checked subtraction, so a clock whose counter wraps past UInt64.max during a run traps the whole benchmark (the reference's `&-` gives the true elapsed time).
// Exposed by: a fake clock starting at UInt64.max - 5 and work that advances it by 10 ns with wrapping (&+=), runBenchmark(warmUpRuns: 0, measuredRuns: 1, ...):
// the reference returns [10], this crashes with an arithmetic overflow.
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
        samples.append(end - start)
    }
    return samples
}
