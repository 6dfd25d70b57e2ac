import XCTest

final class ConstraintPublicTests: XCTestCase {
    private let fiveMillisecondsAt50K = PerformanceTarget(latencyMicroseconds: 5_000, percentile: 99, requestsPerSecond: 50_000)

    /// A P99 under 5 ms measured at 60K RPS meets "sub-5ms P99 at 50K RPS".
    func testAFastRunAtAHigherLoadMeetsTheTarget() {
        let run = Measurement(latencyMicroseconds: 4_000, percentile: 99, requestsPerSecond: 60_000)
        XCTAssertEqual(checkTarget(fiveMillisecondsAt50K, against: [run]), .met, "latency only grows with load: a pass above the target load counts")
    }

    /// A P99 of 9 ms at 40K RPS misses it: at a lower load it was already too slow.
    func testASlowRunAtALowerLoadMissesTheTarget() {
        let run = Measurement(latencyMicroseconds: 9_000, percentile: 99, requestsPerSecond: 40_000)
        XCTAssertEqual(checkTarget(fiveMillisecondsAt50K, against: [run]), .missed, "a miss below the target load is a miss")
    }

    /// Code that runs on a device is bound by memory, and points to Rust.
    func testADeviceIsBoundByMemory() {
        let project = Project(summary: "firmware for a sensor", runsOnDeviceOrWasm: true)
        XCTAssertEqual(choose(for: project), Choice(constraint: .memory, verdict: .rust), "rule a: a device or WebAssembly")
    }
}
