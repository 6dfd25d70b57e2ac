import CourseModel
import Foundation

/// Mutation analysis of a course (or some of its exercises), for `course validate --mutate`.
public struct MutationReport: Equatable, Codable, Sendable {
    public var exercises: [ExerciseMutationReport]
    public var killed: Int
    public var survived: Int
    public var unviable: Int
    public var equivalent: Int
    /// killed / (killed + survived) over every exercise, from 0 to 1; 1 when no mutant was viable.
    public var score: Double
    /// Wall-clock time of the whole run.
    public var seconds: Double

    public init(exercises: [ExerciseMutationReport], seconds: Double) {
        self.exercises = exercises
        self.seconds = seconds
        killed = exercises.map(\.killed).reduce(0, +)
        survived = exercises.map(\.survived).reduce(0, +)
        unviable = exercises.map(\.unviable).reduce(0, +)
        equivalent = exercises.map(\.equivalent).reduce(0, +)
        score = ExerciseMutationReport.score(killed: killed, survived: survived)
    }

    /// The report as JSON for `--json`: snake_case keys, sorted, survivors listed per exercise.
    public func jsonData() throws -> Data {
        try JSONOutput.data(self, keys: .convertToSnakeCase)
    }
}
