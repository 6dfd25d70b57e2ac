import CourseModel
import Foundation

extension CourseModel.Progress {
    /// Records one graded attempt.
    public mutating func record(_ report: GradeReport, at date: Date) {
        record(exercise: report.exercise, result: report.status.rawValue, passed: report.passed,
               submissionHash: report.submissionHash, at: date)
    }
}
