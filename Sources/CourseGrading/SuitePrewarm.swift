import CourseModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Builds, ahead of the learner's first check, what that check would otherwise compile: the harness module
/// and the suite object for the starter's interface. A learner who fills in function bodies keeps that
/// interface, so even the first check then only compiles their module, links and runs.
extension Grader {
    public enum PrewarmOutcome: Equatable, Sendable {
        /// The suite object for this interface was compiled now.
        case built
        /// It was already kept: nothing to do.
        case alreadyKept
        /// The file does not build (a starter that is meant not to compile, a broken suite): a check will say why.
        case notBuilt(String)
    }

    /// Prewarms the suite-object cache for `file` (by default the exercise's pristine starter). Needs a
    /// suite-object cache; runs no learner code.
    public func prewarm(course: Course, exercise: Exercise, file: URL? = nil) -> PrewarmOutcome {
        guard suiteCache != nil else { return .notBuilt("no suite-object cache to fill") }
        let source = file ?? course.url(exercise.starterPath)
        let bytes: [UInt8]
        switch SubmissionReader.read(source, displayPath: source.path, exercise: exercise.id) {
        case .failure(let failure): return .notBuilt(failure.report.message ?? "cannot be read")
        case .success(let read): bytes = read
        }
        let inputs = ExerciseInputs(course: course, exercise: exercise)
        guard !inputs.tests.isEmpty else { return .notBuilt("the suite has no tests") }
        _ = sandboxDecision  // probed now (and remembered in the cache folder), not during the first check
        let work: URL
        do { work = try makeScratch() } catch { return .notBuilt((error as? CourseError)?.message ?? "\(error)") }
        defer { removeScratch(work) }
        let plan = BuildPlan(work: work, settings: exercise.settings, toolchain: toolchain, supportFolder: inputs.supportFolder)
        var steps = BuildSteps(plan: plan, inputs: inputs, harness: harness, displayPath: exercise.starterPath,
                               harnessCache: harnessCache, suiteCache: suiteCache)
        steps.driverJobsCache = driverJobsCache
        steps.supportObjectCache = supportObjectCache
        do {
            return try steps.prewarm(submission: bytes) ? .alreadyKept : .built
        } catch let failure as GradeReportFailure {
            return .notBuilt(failure.report.message ?? failure.report.status.rawValue)
        } catch {
            return .notBuilt("\(error)")
        }
    }

    /// Lowers the calling thread's priority, which the compilers it starts inherit: background work
    /// never slows the check a learner is waiting for.
    public static func lowerThreadPriority() {
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)  // on Linux, 0 is the calling thread: the nice value is per thread
    }
}
