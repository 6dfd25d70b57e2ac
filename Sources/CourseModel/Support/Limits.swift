/// Every limit of a check in one place. The grader and the messages it writes both read these values,
/// so a message never states a number the code does not use.
public struct Limits: Sendable, Equatable {
    /// The limits the tool uses.
    public static let standard = Limits()

    /// Wall-clock limit of one test process when the exercise's `timeout_seconds` does not say otherwise.
    public var testTimeout: Double = 10
    /// The range `timeout_seconds` may take.
    public var testTimeoutRange: ClosedRange<Double> = 1...600
    /// The range `repeat_runs` may take: how many times the tests run for a pass.
    public var repeatRunsRange: ClosedRange<Int> = 1...20
    /// The range `points` may take: what an exercise is worth in a gradebook.
    public var pointsRange: ClosedRange<Double> = 0...1000
    /// The whole test run (first run plus re-runs one test per process) gets `testTimeout × budgetFactor + budgetSlack`.
    public var budgetFactor: Double = 3
    public var budgetSlack: Double = 5
    /// CPU time of a test process: its wall-clock timeout plus this many seconds.
    public var cpuSlackSeconds = 5
    /// The largest file a test process may write.
    public var fileSizeBytes = 64 << 20
    /// A test process's data (heap and other private writable memory, RLIMIT_DATA).
    public var testDataBytes = 1 << 30
    /// A sanitizer's own limit on a test process's resident memory (ASan `hard_rss_limit_mb`, TSan
    /// `memory_limit_mb`): their shadow memory is reserved up front, so RLIMIT_DATA cannot be used there.
    public var sanitizerMemoryMegabytes = 2048
    /// The largest submission the grader reads.
    public var submissionBytes = 4 << 20
    /// Output of a test process kept in memory.
    public var keptTestOutputBytes = 64 << 10
    /// A test process printing more than this is stopped.
    public var killAfterTestOutputBytes = 16 << 20
    /// What one test printed, or its failure message, as kept in a report and shown to the learner.
    public var outputCharactersPerTest = 4000
    /// A report's own message and the compiler's output, as kept in a report.
    public var reportCharacters = 16000
    /// A Swift compile (learner module, suite, shared library, harness module) is stopped after this many seconds.
    public var compileTimeout: Double = 180
    /// A C support file's compile is stopped after this many seconds.
    public var cCompileTimeout: Double = 120
    /// Compiler output kept for a learner or suite compile.
    public var compilerOutputBytes = 256 << 10
    /// Compiler output kept for the harness module's compile.
    public var harnessCompilerOutputBytes = 64 << 10
    /// Defaults of any subprocess: output kept, and output after which it is stopped.
    public var processKeptOutputBytes = 1 << 20
    public var processKillAfterOutputBytes = 64 << 20
    /// Each in-memory folder of the sandbox (its `/tmp` and the test's working folder).
    public var sandboxFolderBytes = 256 << 20
    /// A cached report larger than this is neither written nor read.
    public var cachedReportBytes = 1 << 20
    /// `llvm-objdump`, `swift-demangle` and `llvm-symbolizer` on one learner object or test program.
    public var objectToolTimeout: Double = 60
    /// Output kept of `llvm-objdump` on a learner's object (its sections, symbols and relocations).
    public var objectDumpOutputBytes = 32 << 20
    /// Output kept of `swift-demangle` on a learner's symbols.
    public var demangledOutputBytes = 8 << 20
    /// Output kept of `llvm-symbolizer` for a sanitizer's report.
    public var symbolizerOutputBytes = 4 << 20
    /// The result channel of one test process: more than this and the rest is dropped.
    public var resultChannelBytes = 8 << 20
    /// `git` asked for a submission's last commit time.
    public var gitTimeout: Double = 30
    /// `course install`'s release build of the tool.
    public var installBuildTimeout: Double = 3600

    // Caches.
    /// Reports kept in a report cache (checks, `course grade`); past it the oldest quarter goes.
    public var reportCacheEntries = 400
    /// Reports kept in the mutant cache (`validate --mutate`: one per mutant, so many more).
    public var mutantCacheEntries = 4000
    /// A private build folder of the harness module older than this belongs to a check that was killed.
    public var staleBuildSeconds: Double = 600

    // Files read: a cap per kind, so a damaged or hostile file cannot exhaust memory.
    /// Any file read whole when no smaller cap applies (a learner module's interface, say).
    public var fileReadBytes = 64 << 20
    /// A class list (`--roster`) and one result in `course grade`'s journal.
    public var classFileBytes = 16 << 20
    /// `run.json`, a cached compiler job list.
    public var recordBytes = 1 << 20
    /// A remembered sandbox probe.
    public var probeRecordBytes = 64 << 10
    /// A submission's time stamp file and the journal's note of a graded submission.
    public var stampBytes = 4 << 10
    /// A cache seal's key or signature.
    public var sealBytes = 1 << 10
    /// A compiled suite or support object in the object cache.
    public var cachedObjectBytes = 256 << 20

    public init() {}

    /// The deadline of a whole test run, in seconds from its start.
    public func runBudget(testTimeout: Double) -> Double { testTimeout * budgetFactor + budgetSlack }

    /// The CPU-time limit of a test process.
    public func cpuSeconds(testTimeout: Double) -> Int { Int(testTimeout.rounded(.up)) + cpuSlackSeconds }

    /// `600` for 600.0 and `2.5` for 2.5, for messages.
    public static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// `64 MB`, for messages.
    public static func megabytes(_ bytes: Int) -> String { "\(bytes >> 20) MB" }
}
