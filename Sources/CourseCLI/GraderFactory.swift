import CourseGrading
import CourseModel
import Foundation

/// Builds the grader for one course: the toolchain on this machine, the course's caches.
public struct GraderFactory: Sendable {
    public var course: Course
    public var environment: [String: String]
    /// The sandbox mode in force, as `Invocation.sandboxMode` resolved it.
    public var sandbox: SandboxMode
    /// `--seed`: the seed of generated test cases; nil for the default one.
    public var seed: UInt64?

    public init(course: Course, environment: [String: String], sandbox: SandboxMode) {
        self.course = course
        self.environment = environment
        self.sandbox = sandbox
    }

    /// A grader; `withCache: false` grades every submission afresh (validation). `cacheRoot` puts every cache
    /// under another folder than `Layout.cache` (`course grade` keeps its own, `Layout.gradeCache`).
    public func grader(withCache: Bool = true, cacheRoot: String = Layout.cache) throws -> Grader {
        let toolchain = try Toolchain.locate(environment: environment)
        func folder(_ path: String) -> URL {
            course.url(cacheRoot == Layout.cache ? path : cacheRoot + path.dropFirst(Layout.cache.count))
        }
        let cache = withCache ? GradeCache(folder: course.url(cacheRoot)) : nil
        var grader = Grader(toolchain: toolchain, environment: environment, cache: cache,
                            harnessCache: folder(Layout.harnessCache), sandbox: sandbox)
        // COURSE_SUITE_CACHE=off compiles the suite on every check: for benchmarks and for ruling the cache out.
        if environment["COURSE_SUITE_CACHE"] != "off" {
            grader.suiteCache = SuiteObjectCache(folder: folder(Layout.suiteCache))
        }
        grader.driverJobsCache = folder(Layout.driverJobsCache)
        grader.supportObjectCache = SuiteObjectCache(folder: folder(Layout.supportObjectCache))
        if let seed { grader.seed = seed }
        return grader
    }
}

extension GraderFactory {
    /// Said once per course when `auto` falls back: what then does not hold, and how to install bubblewrap.
    /// The marker in `.course/` keeps it from repeating on every check.
    public func fallbackNotice(_ grader: Grader) -> String? {
        guard case .unsandboxed(let reason?) = grader.sandboxDecision else { return nil }
        let marker = course.url(Layout.sandboxNoticeShown)
        if FileManager.default.fileExists(atPath: marker.path) { return nil }
        try? FileManager.default.createDirectory(at: marker.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: marker.path, contents: Data(reason.utf8))
        return "Note: tests ran without the sandbox: \(reason) \(SandboxDecision.weakerGuarantees) "
            + "\(grader.sandboxBackend.installAdvice) (This note is shown once; --sandbox require refuses to grade without it.)"
    }
}
