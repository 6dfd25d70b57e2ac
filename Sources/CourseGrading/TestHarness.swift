import CourseModel
/// How XCTest is driven on a platform: the seam where a macOS harness would plug in.
///
/// A harness has two parts: a support module that does not depend on the exercise (compiled once
/// per toolchain and flags, then cached) and a small generated `main.swift` that lists the suite's
/// tests. Keeping the main small keeps the per-check compile near the compiler's floor.
public protocol TestHarness: Sendable {
    /// The name of the support module the generated main imports.
    var supportModuleName: String { get }

    /// The support module's source. It reads the run's tag (nonce) from the first line of standard
    /// input, reports every start, failure and finish as JSON lines carrying the tag on file
    /// descriptor 3, and writes a final `done` record only if the test run returned normally.
    func supportSource() -> String

    /// The test program's `main.swift`: runs the tests named on its command line (all when none).
    func mainSource(tests: [SuiteScanner.TestMethod], limits: HarnessLimits) -> String

    /// Conditions (`-D`) the support module is compiled with for a suite's tests; part of its cache key.
    func supportDefines(tests: [SuiteScanner.TestMethod]) -> [String]
}

extension TestHarness {
    public func supportDefines(tests: [SuiteScanner.TestMethod]) -> [String] { [] }
}

/// Resource limits the harness sets on itself before any learner code runs.
public struct HarnessLimits: Equatable {
    public var cpuSeconds: Int
    public var fileSizeBytes: Int
    public init(cpuSeconds: Int, fileSizeBytes: Int = Limits.standard.fileSizeBytes) {
        self.cpuSeconds = cpuSeconds
        self.fileSizeBytes = fileSizeBytes
    }
}
