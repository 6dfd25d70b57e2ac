import CourseKit
import CourseModel

/// Builds the grader for one course: the toolchain on this machine, the course's caches.
public struct GraderFactory {
    public var course: Course
    public var environment: [String: String]

    public init(course: Course, environment: [String: String]) {
        self.course = course
        self.environment = environment
    }

    /// A grader; `withCache: false` grades every submission afresh (validation).
    public func grader(withCache: Bool = true) throws -> Grader {
        let toolchain = try Toolchain.locate(environment: environment)
        let cache = withCache ? GradeCache(folder: course.url(Layout.cache)) : nil
        return Grader(toolchain: toolchain, environment: environment, cache: cache,
                      harnessCache: course.url(Layout.harnessCache))
    }
}
