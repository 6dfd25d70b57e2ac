// Course-provided types for exercise 19. They are compiled together with your
// file, so you can use them; you do not edit them.

import Dispatch

/// A source of time in nanoseconds. The harness asks the clock it is given and
/// never the system, so a test can hand it a fake clock and get exact numbers.
protocol NanosecondClock {
    /// The current time, in nanoseconds since some fixed starting point.
    func now() -> UInt64
}

/// The real clock for real benchmarks: monotonic nanoseconds since boot.
struct MonotonicClock: NanosecondClock {
    func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}

/// Where the results of benchmarked work go. Feeding every result to a sink
/// the optimizer cannot see through stops it from deleting work whose result
/// is never used (a release build would otherwise time an empty loop).
final class ResultSink {
    /// How many results were consumed.
    private(set) var consumedCount = 0
    /// A running (wrapping) sum of every consumed result.
    private(set) var checksum = 0

    /// Records one result. `@inline(never)` keeps the call opaque.
    @inline(never)
    func consume(_ value: Int) {
        consumedCount += 1
        checksum = checksum &+ value
    }
}
