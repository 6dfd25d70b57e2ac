import CourseModel
import Foundation

/// One (student, exercise) result as the journal keeps it: everything the gradebook, the feedback, JUnit and
/// Gradescope files are made from, so a merge of shards writes exactly what one machine would.
public struct GradedExercise: Codable, Equatable, Sendable {
    public enum Outcome: String, Codable, Sendable {
        /// Every test passed.
        case passed
        /// It built and ran; some test failed.
        case failed
        /// It did not get as far as the tests (compile error, refused code, unreadable file).
        case error
        /// No file for this exercise.
        case missing
        /// The student's folder has the wrong shape.
        case invalid
    }

    public struct Test: Codable, Equatable, Sendable {
        /// `Class/method`.
        public var id: String
        public var name: String
        public var passed: Bool
        /// pass, fail or error, as the check reported it; "not run" when the build failed.
        public var status: String
        public var message: String?
        public var output: String?
        /// Shipped to learners (`public/`) or not.
        public var isPublic: Bool
        public var score: Double
        public var maxScore: Double
    }

    public var student: String
    public var exercise: String
    /// The submission's bytes and the exercise's hidden files, hashed: a rerun reuses an entry only when both match.
    public var key: String
    public var outcome: Outcome
    public var score: Double
    public var maxScore: Double
    /// Why there are no test results (error, missing, invalid).
    public var message: String?
    public var tests: [Test]

    /// Scores a report: each test is worth its weight's share of the exercise's points.
    public static func from(_ report: GradeReport, student: String, key: String, inputs: ExerciseInputs) -> GradedExercise {
        let settings = inputs.exercise.settings
        let ran = Dictionary(report.tests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let weights = inputs.tests.map { settings.testWeights[$0.methodName] ?? 1 }
        let totalWeight = weights.reduce(0, +)
        var tests: [Test] = []
        for (method, weight) in zip(inputs.tests, weights) {
            let share = totalWeight > 0 ? settings.points * weight / totalWeight : 0
            let result = ran[method.id]
            let passed = result?.status == .pass
            tests.append(Test(id: method.id, name: result?.name ?? GradeReport.plainWords(method.methodName), passed: passed,
                              status: result?.status.rawValue ?? "not run",
                              message: result?.message ?? (result == nil ? "did not run: \(firstLine(report.message) ?? "the build failed")" : nil),
                              output: result?.output, isPublic: inputs.isPublic(method.id),
                              score: passed ? Score.rounded(share) : 0, maxScore: Score.rounded(share)))
        }
        let outcome: Outcome = report.passed ? .passed : (report.status == .error && report.tests.isEmpty ? .error : .failed)
        let passedWeight = zip(tests, weights).filter { $0.0.passed }.map(\.1).reduce(0, +)
        let score = totalWeight > 0 ? settings.points * passedWeight / totalWeight : 0
        return GradedExercise(student: student, exercise: inputs.exercise.id, key: key, outcome: outcome,
                              score: Score.rounded(score), maxScore: Score.rounded(settings.points),
                              message: outcome == .error ? report.message : nil, tests: tests)
    }

    /// An exercise with no tests run: not submitted, or a folder of the wrong shape.
    public static func unrun(_ outcome: Outcome, student: String, exercise: Exercise, message: String) -> GradedExercise {
        GradedExercise(student: student, exercise: exercise.id, key: "", outcome: outcome, score: 0,
                       maxScore: Score.rounded(exercise.settings.points), message: message, tests: [])
    }

    static func firstLine(_ text: String?) -> String? {
        text?.split(separator: "\n").first.map(String.init)
    }
}

/// Points, kept to two decimals so every file shows the same number and merges compare byte for byte.
public enum Score {
    public static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// `1`, `0.5`, `2.33`: no trailing zeros.
    public static func text(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, rest = abs(hundredths % 100)
        if rest == 0 { return "\(whole)" }
        return rest % 10 == 0 ? "\(whole).\(rest / 10)" : String(format: "%d.%02d", whole, rest)
    }
}
