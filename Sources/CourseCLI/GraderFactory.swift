import CourseGrading
import CourseModel
import Foundation

/// Builds the grader for one course: the toolchain on this machine, the course's caches.
public struct GraderFactory: Sendable {
    public var course: Course
    public var environment: [String: String]
    /// `--sandbox`, when given; otherwise `COURSE_SANDBOX`, otherwise auto.
    public var sandbox: SandboxMode?
    /// `--seed`: the seed of generated test cases; nil for the default one.
    public var seed: UInt64?

    public init(course: Course, environment: [String: String], sandbox: SandboxMode? = nil) {
        self.course = course
        self.environment = environment
        self.sandbox = sandbox
    }

    /// The mode in force; an unknown `COURSE_SANDBOX` is a usage error, never silently ignored.
    public func sandboxMode() throws -> SandboxMode {
        if let sandbox { return sandbox }
        guard let mode = SandboxMode.from(environment: environment) else {
            throw CourseError.usage("\(SandboxMode.variable) takes auto, require or off (not '\(environment[SandboxMode.variable] ?? "")')")
        }
        return mode
    }

    /// A grader; `withCache: false` grades every submission afresh (validation).
    public func grader(withCache: Bool = true) throws -> Grader {
        let toolchain = try Toolchain.locate(environment: environment)
        let cache = withCache ? GradeCache(folder: course.url(Layout.cache)) : nil
        var grader = Grader(toolchain: toolchain, environment: environment, cache: cache,
                            harnessCache: course.url(Layout.harnessCache), sandbox: try sandboxMode())
        // COURSE_SUITE_CACHE=off compiles the suite on every check: for benchmarks and for ruling the cache out.
        if environment["COURSE_SUITE_CACHE"] != "off" {
            grader.suiteCache = SuiteObjectCache(folder: course.url(Layout.suiteCache))
        }
        grader.driverJobsCache = course.url(Layout.driverJobsCache)
        grader.supportObjectCache = SuiteObjectCache(folder: course.url(Layout.supportObjectCache))
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
            + "\(SandboxDecision.installAdvice) (This note is shown once; --sandbox require refuses to grade without it.)"
    }
}
