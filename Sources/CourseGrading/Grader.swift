import CourseModel
import CourseProcess
import Foundation

/// Grades a submission: compiles it as its own module against the hidden suite, runs the tests
/// in a separate, limited process, and reads the verdict from the harness's result channel.
public struct Grader: Sendable {
    public var toolchain: Toolchain
    public var harness: TestHarness
    public var environment: [String: String]
    /// Where scratch folders go; each check gets its own, removed afterwards.
    public var scratchRoot: URL
    public var cache: GradeCache?
    /// Where the harness's exercise-independent support module is kept between checks.
    public var harnessCache: URL
    /// Whether test programs run in the sandbox: decided by the command line (`--sandbox`, `COURSE_SANDBOX`), never here.
    public var sandboxMode: SandboxMode
    /// What makes the sandbox.
    public var sandboxBackend: any SandboxBackend.Type = Bubblewrap.self
    /// Compiled suites kept per learner-module interface, so a body-only edit re-links instead of recompiling them.
    public var suiteCache: SuiteObjectCache?
    /// Where the compiler's job lists are kept between runs (`DriverJobs`); nil keeps them in memory only.
    public var driverJobsCache: URL?
    /// Compiled C support files, kept by content (the same sealed store as compiled suites); nil compiles them every time.
    public var supportObjectCache: SuiteObjectCache?
    /// Signs the harness module; set with the others by `sealed(for:)`.
    var harnessSeal: CacheSeal = .unkeyed
    /// The seed of generated test cases (`--seed`); the same seed always gives the same verdict.
    public var seed: UInt64 = ExerciseInputs.defaultSeed
    /// Grade only as far as the first failing test (`ExerciseInputs.oneFailureSuffices`): what `validate` needs
    /// of a wrong solution. The report then lists the tests that did not run as not run.
    public var oneFailureSuffices = false
    /// Shrink a generated case's failure to its smallest form (`ExerciseInputs.shrinks`); `validate` needs only
    /// which tests fail, never the smallest counterexample.
    public var shrinksCounterexamples = true

    public init(toolchain: Toolchain, environment: [String: String], harness: TestHarness = LinuxXCTestHarness(),
                scratchRoot: URL? = nil, cache: GradeCache? = nil, harnessCache: URL? = nil, sandbox: SandboxMode = .auto) {
        self.toolchain = toolchain
        self.sandboxMode = sandbox
        self.harness = harness
        self.environment = environment
        self.scratchRoot = scratchRoot
            ?? URL(fileURLWithPath: environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp")
        self.cache = cache
        self.harnessCache = harnessCache ?? cache?.folder.appendingPathComponent("harness")
            ?? self.scratchRoot.appendingPathComponent("course-harness-cache-\(getuid())")
    }

    /// Grades `submission` (shown to the learner as `displayPath`) against the exercise's hidden suite.
    public func grade(course: Course, exercise: Exercise, submission: URL, displayPath: String) -> GradeReport {
        let start = Date()
        let id = exercise.id
        let bytes: [UInt8]
        switch SubmissionReader.read(submission, displayPath: displayPath, exercise: id) {
        case .failure(let failure): return failure.report
        case .success(let read): bytes = read
        }
        let sandbox = sandboxDecision
        if case .unavailable(let reason) = sandbox {
            return .error(exercise.id, .sandboxUnavailable, "The sandbox is required (--sandbox require) but cannot be used: \(reason) "
                + sandboxBackend.installAdvice)
        }
        return sealed(for: sandbox).gradeSealed(bytes: bytes, course: course, exercise: exercise, displayPath: displayPath,
                                                sandbox: sandbox, start: start)
    }

    /// This grader with every cache signed by the key of the sandbox mode in force (`CacheSeal`, kept beside the
    /// harness cache, never mounted in the sandbox). Before tests run without the sandbox, the sandboxed key is
    /// destroyed: nothing an unsandboxed run could write is trusted by a later sandboxed check.
    func sealed(for decision: SandboxDecision) -> Grader {
        let sandboxed = decision.sandbox != nil
        if !sandboxed { CacheSeal.revokeSandboxed(in: harnessCache) }
        let seal = CacheSeal.load(folder: harnessCache, sandboxed: sandboxed)
        var copy = self
        copy.cache?.seal = seal
        copy.suiteCache?.seal = seal
        copy.supportObjectCache?.seal = seal
        copy.harnessSeal = seal
        return copy
    }

    func gradeSealed(bytes: [UInt8], course: Course, exercise: Exercise, displayPath: String, sandbox: SandboxDecision,
                     start: Date) -> GradeReport {
        let hash = SHA256.hex(Data(bytes))
        var inputs = ExerciseInputs(course: course, exercise: exercise)
        inputs.seed = seed
        inputs.oneFailureSuffices = oneFailureSuffices
        inputs.shrinks = shrinksCounterexamples && !oneFailureSuffices
        let key = cache.map { _ in GradeCache.key(submission: bytes, inputs: inputs, toolchain: toolchain, environment: environment,
                                                          sandboxed: sandbox.sandbox != nil,
                                                          sandboxIdentity: sandbox.sandbox?.identity ?? "") }
        if let cache, let key, var hit = cache.lookup(key)?.bounded() {
            hit.fromCache = true
            hit.seconds = Date().timeIntervalSince(start)
            return hit
        }
        var report = gradeFresh(bytes: bytes, inputs: inputs, displayPath: displayPath, sandbox: sandbox).bounded()
        report.submissionHash = hash
        report.seconds = Date().timeIntervalSince(start)
        if report.errorKind == .toolchain, sandbox.sandbox != nil, let folder = cache?.folder {
            SandboxDecision.forget(in: folder)  // a sandbox that worked at the last probe may not work now: probe again
        }
        if let cache, let key, !report.unstable, ![.toolchain, .harness, .sandboxUnavailable].contains(report.errorKind) {
            cache.store(report, key: key)
        }
        return report
    }

    /// What test programs run in, probed once per process.
    public var sandboxDecision: SandboxDecision {
        SandboxDecision.decide(mode: sandboxMode, backend: sandboxBackend, environment: environment, toolchain: toolchain,
                               cacheFolder: cache?.folder)
    }

    func gradeFresh(bytes: [UInt8], inputs: ExerciseInputs, displayPath: String, sandbox: SandboxDecision) -> GradeReport {
        let id = inputs.exercise.id
        guard !inputs.tests.isEmpty else {
            return .error(id, .noTests, "The hidden suite \(inputs.exercise.suitePath) has no test methods "
                + "(func test…() in a class inheriting XCTestCase, or @Test functions). This is a course problem: tell your instructor.")
        }
        let testPath = sandbox.sandbox == nil ? environment["PATH"] : Sandbox.path
        for program in inputs.exercise.settings.requires where Subprocess.which(program, path: testPath) == nil {
            let whereToLook = sandbox.sandbox == nil ? "on your PATH"
                : "in a system folder (\(Sandbox.path)), where the sandboxed tests look for it"
            var report = GradeReport.error(id, .missingRequirement,
                "This exercise needs \(program), which is not \(whereToLook). Install it (e.g. 'apt-get install \(program)') and check again.")
            report.tests = inputs.tests.map {
                GradeReport.TestResult(id: $0.id, name: $0.title, status: .error,
                                       message: "needs \(program), which is not installed", output: nil)
            }
            return report
        }
        let work: URL
        do { work = try makeScratch() } catch { return .error(id, .harness, (error as? CourseError)?.message ?? "\(error)") }
        defer { removeScratch(work) }
        let keep = keepsScratch
        let plan = BuildPlan(work: work, settings: inputs.exercise.settings, toolchain: toolchain,
                             supportFolder: inputs.supportFolder)
        var build = BuildSteps(plan: plan, inputs: inputs, harness: harness, displayPath: displayPath, harnessCache: harnessCache,
                               suiteCache: suiteCache)
        build.keepLogs = keep
        build.driverJobsCache = driverJobsCache
        build.supportObjectCache = supportObjectCache
        build.harnessSeal = harnessSeal
        do {
            let built = try build.run(submission: bytes)
            let locator = CrashLocator(plan: plan, supportSwift: inputs.supportSwift, link: built.link)
            var report = TestRun(plan: plan, inputs: inputs, environment: environment, displayPath: displayPath,
                                 sandbox: sandbox.sandbox, crashLocator: locator).execute()
            let runs = inputs.exercise.settings.repeatRuns
            var run = 1
            while report.passed && run < runs {
                run += 1
                let again = TestRun(plan: plan, inputs: inputs, environment: environment, displayPath: displayPath,
                                    sandbox: sandbox.sandbox).execute()
                if !again.passed { report = RepeatedRuns.unstable(again, run: run, of: runs) }
            }
            report.sandboxed = sandbox.sandbox != nil
            report.suiteReused = built.suiteReused
            if report.diagnostics.isEmpty { report.diagnostics = built.warnings }
            return TestTitles.apply(TestTitles.parse(inputs.suiteSources), to: report)
        } catch let failure as GradeReportFailure {
            var report = failure.report
            if report.exercise.isEmpty { report.exercise = id }
            if keep, report.courseDetail != nil || report.errorKind == .apiMismatch {
                report.courseDetail = (report.courseDetail ?? "") + "\n  (COURSE_KEEP_SCRATCH=1: compiler logs kept in \(work.path)/logs)"
            }
            return report
        } catch {
            return .error(id, .toolchain, "\(error)")
        }
    }

    /// A fresh scratch folder for one build, known to Ctrl-C's cleanup.
    func makeScratch() throws -> URL {
        let work = scratchRoot.appendingPathComponent(ScratchFolders.name())
        do {
            for folder in ["src", "mod", "harness", "suite", "run", "tmp"] {
                try FileManager.default.createDirectory(at: work.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
        } catch {
            throw CourseError.fileSystem(path: scratchRoot.path, reason: "could not create a scratch folder there (\(error.localizedDescription)); "
                + "set TMPDIR to a writable folder")
        }
        ChildRegistry.shared.addFolder(work.path)
        return work
    }

    /// `COURSE_KEEP_SCRATCH=1`: scratch folders and compiler logs are kept, for instructors debugging a suite.
    var keepsScratch: Bool { environment["COURSE_KEEP_SCRATCH"] == "1" }

    /// Removes a scratch folder, unless `COURSE_KEEP_SCRATCH=1` (for instructors debugging a suite).
    func removeScratch(_ work: URL) {
        if !keepsScratch { try? FileManager.default.removeItem(at: work) }
        ChildRegistry.shared.removeFolder(work.path)
    }
}
