import CourseModel
import Foundation

/// `validate` on the exercises an import just wrote, its problems sorted per exercise.
public struct ImportCheck {
    public var validator: CourseValidator

    public init(validator: CourseValidator) {
        self.validator = validator
    }

    /// The problems of each of `ids` (its files, its lesson, its gradings), in the validator's order. `progress` sees each
    /// grading as it finishes.
    public func problems(of ids: [String], workers: Int,
                         progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) -> [String: [CourseProblem]] {
        let wanted = Set(ids)
        let jobs = validator.jobs().filter { wanted.contains($0.exercise) }
        let graded = validator.runAll(jobs, workers: workers) { count, _, _, _ in progress(count, jobs.count) }.flatMap { $0 }
        var seen = Set<String>()
        var result: [String: [CourseProblem]] = [:]
        var lessonOf: [String: String] = [:]
        for lesson in validator.course.lessons { for id in lesson.exerciseIDs { lessonOf[id] = lesson.path } }
        for problem in validator.fileProblems() + graded where seen.insert(problem.description).inserted {
            guard let id = ids.first(where: { Self.belongs(problem.file, to: $0) || lessonOf[$0] == problem.file }) else { continue }
            result[id, default: []].append(problem)
        }
        return result
    }

    /// Whether a problem's file is one of the exercise's files.
    static func belongs(_ file: String, to id: String) -> Bool {
        file == Layout.learnerFile(id) || file == Layout.solution(id) || file == Layout.hiddenFolder(id)
            || file.hasPrefix(Layout.hiddenFolder(id) + "/")
    }
}
