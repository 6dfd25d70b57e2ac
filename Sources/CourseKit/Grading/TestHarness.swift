/// How XCTest is driven on a platform: the seam where a macOS harness would plug in.
public protocol TestHarness {
    /// The source of the test executable's `main.swift` for a suite's tests.
    ///
    /// The program reads the run's tag (nonce) from its first line of standard input, runs the tests
    /// named on its command line (all when none), reports every start, failure and finish as JSON
    /// lines carrying the tag on file descriptor 3, and writes a final `done` record only if the
    /// test run returned normally.
    func mainSource(tests: [SuiteScanner.TestMethod], limits: HarnessLimits) -> String
}

/// Resource limits the harness sets on itself before any learner code runs.
public struct HarnessLimits: Equatable {
    public var cpuSeconds: Int
    public var fileSizeBytes: Int
    public init(cpuSeconds: Int, fileSizeBytes: Int = 64 << 20) {
        self.cpuSeconds = cpuSeconds
        self.fileSizeBytes = fileSizeBytes
    }
}
