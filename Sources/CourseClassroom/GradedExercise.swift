import CourseGrading
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

    /// Scores a report: each test is worth its weight's share of the exercise's points; the arguments of a
    /// parameterized (Swift Testing) test share its weight equally, each a result of its own.
    public static func from(_ report: GradeReport, student: String, key: String, inputs: ExerciseInputs) -> GradedExercise {
        let settings = inputs.exercise.settings
        let weights = inputs.tests.map { weight(of: $0, in: settings) }
        let totalWeight = weights.reduce(0, +)
        var tests: [Test] = []
        var passedWeight = 0.0
        for (method, weight) in zip(inputs.tests, weights) {
            let share = totalWeight > 0 ? settings.points * weight / totalWeight : 0
            let results = report.tests.filter { $0.id == method.id || $0.id.hasPrefix(method.id + " [") }
            guard !results.isEmpty else {
                tests.append(Test(id: method.id, name: method.title, passed: false, status: "not run",
                                  message: "did not run: \(firstLine(report.message) ?? "the build failed")", output: nil,
                                  isPublic: inputs.isPublic(method.id), score: 0, maxScore: Score.rounded(share)))
                continue
            }
            for result in results {
                let part = share / Double(results.count)
                let passed = result.status == .pass
                if passed { passedWeight += weight / Double(results.count) }
                tests.append(Test(id: result.id, name: result.name, passed: passed, status: result.status.rawValue, message: result.message,
                                  output: result.output, isPublic: inputs.isPublic(method.id),
                                  score: passed ? Score.rounded(part) : 0, maxScore: Score.rounded(part)))
            }
        }
        let outcome: Outcome = report.passed ? .passed : (report.status == .error && report.tests.isEmpty ? .error : .failed)
        let score = totalWeight > 0 ? settings.points * passedWeight / totalWeight : 0
        return GradedExercise(student: student, exercise: inputs.exercise.id, key: key, outcome: outcome,
                              score: Score.rounded(score), maxScore: Score.rounded(settings.points),
                              message: outcome == .error ? report.message : nil, tests: tests)
    }

    /// A test's weight from `test_weights`, by its method name (`testPush`, or for Swift Testing `doubles(_:)` or `doubles`).
    static func weight(of test: SuiteScanner.TestMethod, in settings: ExerciseSettings) -> Double {
        settings.testWeights[test.methodName] ?? settings.testWeights[String(test.methodName.prefix { $0 != "(" })] ?? 1
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
