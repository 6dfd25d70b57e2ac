// Exercise 19: a benchmark harness with warm-up, a sink and an injected clock
//
// Write runBenchmark so that it:
//   1. calls `work` `warmUpRuns` times WITHOUT recording any duration
//      (warm-up: caches, page faults and lazy initialisation happen here);
//   2. then calls `work` `measuredRuns` times, and for each of those runs reads
//      `clock.now()` just before and just after the call and records the
//      difference (nanoseconds);
//   3. passes EVERY value `work` returns, warm-up runs included, to
//      `sink.consume(_:)`, so the optimizer cannot decide the work is unused;
//   4. returns the recorded durations, one per measured run, in run order
//      (so exactly `measuredRuns` of them; none from warm-up).
// Use only the clock you are given: never read the system time yourself.
// A clock's counter may wrap past UInt64.max back to 0 during a run: the
// duration is then still the elapsed time (subtract with wrapping, `&-`).
// The tests pass a fake clock that moves only when the test's work says so,
// so a correct harness gets exact numbers.
//
// Course-provided (already compiled with this file, do not redeclare them):
//   protocol NanosecondClock { func now() -> UInt64 }
//   struct MonotonicClock: NanosecondClock      // the real clock
//   final class ResultSink { func consume(_ value: Int)
//                            var consumedCount: Int; var checksum: Int }

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
