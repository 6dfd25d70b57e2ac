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

    /// How long the check took (building and running), in seconds; nil when nothing was checked.
    public var seconds: Double?

    /// Scores a report: each test is worth its weight's share of the exercise's points; the arguments of a
    /// parameterized (Swift Testing) test share its weight equally, each a result of its own. The shares are
    /// whole hundredths that add up to the exercise's points exactly (`Score.apportion`), and the exercise's
    /// score is the sum of its passed tests' shares, so every file's numbers add up.
    public static func from(_ report: GradeReport, student: String, key: String, inputs: ExerciseInputs) -> GradedExercise {
        let settings = inputs.exercise.settings
        let weights = inputs.tests.map { weight(of: $0, in: settings) }
        let totalWeight = weights.reduce(0, +)
        // One row per result (or per test that never ran), with its share of the weight.
        var rows: [(test: Test, weight: Double)] = []
        for (method, weight) in zip(inputs.tests, weights) {
            let results = report.tests.filter { $0.id == method.id || $0.id.hasPrefix(method.id + " [") }
            guard !results.isEmpty else {
                rows.append((Test(id: method.id, name: method.title, passed: false, status: notRun,
                                  message: "did not run: \(firstLine(report.message) ?? "the build failed")", output: nil,
                                  isPublic: inputs.isPublic(method.id), score: 0, maxScore: 0), weight))
                continue
            }
            for result in results {
                rows.append((Test(id: result.id, name: result.name, passed: result.status == .pass, status: result.status.rawValue,
                                  message: result.message, output: result.output, isPublic: inputs.isPublic(method.id),
                                  score: 0, maxScore: 0), weight / Double(results.count)))
            }
        }
        let shares = Score.apportion(settings.points, among: rows.map { totalWeight > 0 ? $0.weight / totalWeight : 0 })
        var tests: [Test] = []
        var earned = 0
        for (row, share) in zip(rows, shares) {
            var test = row.test
            test.maxScore = Double(share) / 100
            if test.passed { test.score = test.maxScore; earned += share }
            tests.append(test)
        }
        let outcome: Outcome = report.passed ? .passed : (report.status == .error && report.tests.isEmpty ? .error : .failed)
        return GradedExercise(student: student, exercise: inputs.exercise.id, key: key, outcome: outcome,
                              score: Double(earned) / 100, maxScore: Score.rounded(settings.points),
                              message: outcome == .error ? errorText(report) : nil, tests: tests, seconds: (report.seconds * 1000).rounded() / 1000)
    }

    /// What a test that never ran says as its status.
    public static let notRun = "not run"

    /// How many compile errors an error message quotes; the count says how many there were.
    static let quotedErrors = 5

    /// A report's error with the first compile errors in the learner's own file (path, line and column as
    /// `check` shows them): they are the student's, not the course's secrets.
    static func errorText(_ report: GradeReport) -> String? {
        guard let message = report.message else { return nil }
        let own = report.errorKind == .compile ? report.diagnostics.filter { $0.severity == "error" } : []
        guard !own.isEmpty else { return message }
        let lines = own.prefix(quotedErrors).map { "\($0.file):\($0.line):\($0.column): error: \($0.message)" }
        return ([message] + lines).joined(separator: "\n")
    }

    /// A test's weight from `test_weights`, by its method name (`testPush`, or for Swift Testing `doubles(_:)` or `doubles`).
    static func weight(of test: SuiteScanner.TestMethod, in settings: ExerciseSettings) -> Double {
        settings.testWeights[test.methodName] ?? settings.testWeights[String(test.methodName.prefix { $0 != "(" })] ?? 1
    }

    /// An exercise with no tests run: not submitted, or a folder of the wrong shape.
    public static func unrun(_ outcome: Outcome, student: String, exercise: Exercise, message: String) -> GradedExercise {
        GradedExercise(student: student, exercise: exercise.id, key: "", outcome: outcome, score: 0,
                       maxScore: Score.rounded(exercise.settings.points), message: message, tests: [], seconds: nil)
    }

    static func firstLine(_ text: String?) -> String? {
        text?.split(separator: "\n").first.map(String.init)
    }
}

/// Points, kept to two decimals so every file shows the same number and merges compare byte for byte.
public enum Score {
    public static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// Splits `points` into whole hundredths in proportion to `fractions` (which add up to 1, or are all 0):
    /// each gets the floor of its share, and the hundredths left over go one each to the largest remainders
    /// (the earlier on a tie), so the parts add up to the points exactly.
    public static func apportion(_ points: Double, among fractions: [Double]) -> [Int] {
        let total = Int((points * 100).rounded())
        guard fractions.contains(where: { $0 > 0 }) else { return fractions.map { _ in 0 } }
        let exact = fractions.map { $0 * Double(total) }
        var parts = exact.map { Int(($0 + 1e-9).rounded(.down)) }
        let left = total - parts.reduce(0, +)
        let order = exact.indices.sorted { (exact[$0] - Double(parts[$0]), $1) > (exact[$1] - Double(parts[$1]), $0) }
        for index in order.prefix(max(0, left)) { parts[index] += 1 }
        return parts
    }

    /// `1`, `0.5`, `2.33`: no trailing zeros.
    public static func text(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, rest = abs(hundredths % 100)
        if rest == 0 { return "\(whole)" }
        return rest % 10 == 0 ? "\(whole).\(rest / 10)" : String(format: "%d.%02d", whole, rest)
    }
}
