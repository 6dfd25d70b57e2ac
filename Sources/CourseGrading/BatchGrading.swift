import CourseModel
import CourseProcess
import Foundation

extension Grader {
    /// Grades the learner's file of each exercise, `workers` at a time, through the same caches as one
    /// check (an unchanged file is answered from the cache). Reports come back in the order given;
    /// `finished` is called for one exercise at a time as each ends (for progress output).
    public func gradeAll(course: Course, exercises: [Exercise], workers: Int,
                         finished: @escaping @Sendable (GradeReport, Int) -> Void = { _, _ in }) -> [GradeReport] {
        return WorkPool.run(count: exercises.count, workers: workers, { index in
            let exercise = exercises[index]
            return self.grade(course: course, exercise: exercise, submission: course.url(exercise.learnerPath),
                                displayPath: exercise.learnerPath)
        }, finished: { _, report, done in finished(report, done) })
    }
}
