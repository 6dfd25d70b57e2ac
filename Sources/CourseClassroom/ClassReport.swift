import CourseModel
import Foundation

/// What the class got wrong, computed from a class's results alone (so from the journal alone): per exercise
/// the score distribution, each test's pass rate (public or hidden), the failure messages and compile errors
/// that hit more than one student, and an item analysis of each test. A pure function of `ClassResults`:
/// the same journal gives the same report, whichever shards graded it.
public struct ClassReport: Codable, Equatable, Sendable {
    /// The score bands of the distribution, as fractions of the exercise's points: 0, under 25%, 25–49%,
    /// 50–74%, 75–99%, and full marks.
    public static let bands = ["0", "<25%", "25–49%", "50–74%", "75–99%", "100%"]

    public struct TestStat: Codable, Equatable, Sendable {
        public var id: String
        public var name: String
        public var isPublic: Bool
        /// Students whose submission reached this test (built or not), and how many of them passed it.
        public var attempted: Int
        public var passed: Int
        /// The pass rate of the strongest submissions minus that of the weakest (by course total), from -1
        /// to 1; nil when fewer than two submissions were graded.
        public var discrimination: Double?
        /// A plain word for the item: "everyone fails", "everyone passes", "separates", "does not separate",
        /// "weak favoured" (weaker submissions pass it more often: look at the test).
        public var verdict: String
    }

    /// One message (a failing test's, or a compile error's first line) and the students it hit.
    public struct Problem: Codable, Equatable, Sendable {
        public var message: String
        /// The whole message as the first of its students (by name) got it: expected and actual values.
        public var example: String?
        /// The tests that failed with it; empty for a compile error.
        public var tests: [String]
        public var students: [String]
    }

    public struct ExerciseStat: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var points: Double
        /// Students with a result for this exercise, and how many of them handed something in.
        public var students: Int
        public var submitted: Int
        /// Students per outcome (passed, failed, error, missing, invalid), every outcome listed.
        public var outcomes: [String: Int]
        public var mean: Double
        public var median: Double
        /// Students per band of `ClassReport.bands`.
        public var distribution: [Int]
        public var tests: [TestStat]
        public var failures: [Problem]
        public var compileErrors: [Problem]
    }

    public var course: String
    public var students: Int
    public var exercises: [ExerciseStat]

    public init(_ results: ClassResults) {
        course = results.courseTitle
        students = results.students.count
        // Strong and weak submissions are told apart by course total (ties by name, so the split is fixed).
        let ranked = results.students.sorted { (results.total($0), $1) > (results.total($1), $0) }
        exercises = results.columns.map { ClassReport.exercise($0, results, ranked: ranked) }
    }

    static func exercise(_ column: ClassResults.Column, _ results: ClassResults, ranked: [String]) -> ExerciseStat {
        let entries = results.students.compactMap { results.entry($0, column.id) }
        var outcomes: [String: Int] = [:]
        for outcome in [GradedExercise.Outcome.passed, .failed, .error, .missing, .invalid] {
            outcomes[outcome.rawValue] = entries.filter { $0.outcome == outcome }.count
        }
        let handedIn = entries.filter { $0.outcome != .missing && $0.outcome != .invalid }
        let scores = entries.map(\.score).sorted()
        var distribution = Array(repeating: 0, count: bands.count)
        for score in scores { distribution[band(score, of: column.points)] += 1 }
        let median = scores.isEmpty ? 0 : (scores.count % 2 == 1 ? scores[scores.count / 2]
            : (scores[scores.count / 2 - 1] + scores[scores.count / 2]) / 2)
        return ExerciseStat(id: column.id, title: column.title, points: column.points, students: entries.count,
                            submitted: handedIn.count, outcomes: outcomes,
                            mean: Score.rounded(scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)),
                            median: Score.rounded(median), distribution: distribution,
                            tests: tests(handedIn, ranked: ranked.filter { name in handedIn.contains { $0.student == name } }),
                            failures: failures(handedIn), compileErrors: compileErrors(handedIn))
    }

    /// The band of a score: 0, then quarters, full marks last.
    public static func band(_ score: Double, of points: Double) -> Int {
        guard points > 0 else { return 0 }
        let fraction = score / points
        if fraction <= 0 { return 0 }
        if fraction >= 1 { return 5 }
        return 1 + min(3, Int(fraction * 4))
    }

    /// Each test in the order the submissions list them, with its item analysis: the upper and lower 27% of the
    /// submissions by course total (at least one each).
    static func tests(_ entries: [GradedExercise], ranked: [String]) -> [TestStat] {
        var order: [String] = [], seen: [String: GradedExercise.Test] = [:]
        for entry in entries { for test in entry.tests where seen[test.id] == nil { seen[test.id] = test; order.append(test.id) } }
        let group = max(1, Int((Double(ranked.count) * 0.27).rounded()))
        let upper = Set(ranked.prefix(group)), lower = Set(ranked.suffix(group))
        let byStudent = Dictionary(entries.map { ($0.student, $0) }, uniquingKeysWith: { first, _ in first })
        func rate(_ students: Set<String>, _ id: String) -> Double {
            let passed = students.filter { byStudent[$0]?.tests.first { $0.id == id }?.passed == true }.count
            return Double(passed) / Double(students.count)
        }
        return order.map { id in
            let test = seen[id]!
            let attempted = entries.filter { $0.tests.contains { $0.id == id } }.count
            let passed = entries.filter { $0.tests.contains { $0.id == id && $0.passed } }.count
            let discrimination = ranked.count >= 2 ? Score.rounded(rate(upper, id) - rate(lower, id)) : nil
            return TestStat(id: id, name: test.name, isPublic: test.isPublic, attempted: attempted, passed: passed,
                            discrimination: discrimination, verdict: verdict(passed: passed, attempted: attempted, discrimination))
        }
    }

    static func verdict(passed: Int, attempted: Int, _ discrimination: Double?) -> String {
        if attempted > 0 && passed == 0 { return "everyone fails" }
        if attempted > 0 && passed == attempted { return "everyone passes" }
        guard let discrimination else { return "" }
        if discrimination < 0 { return "weak favoured" }
        return discrimination >= 0.3 ? "separates" : "does not separate"
    }

    /// Failing tests grouped by their message's first line, most students first.
    static func failures(_ entries: [GradedExercise]) -> [Problem] {
        var groups: [String: (tests: Set<String>, students: Set<String>, example: String?)] = [:]
        for entry in entries.sorted(by: { $0.student < $1.student }) where entry.outcome == .failed {
            for test in entry.tests where !test.passed && test.status != "not run" {
                let message = firstLine(test.message) ?? "(\(test.status), no message)"
                var group = groups[message] ?? ([], [], test.message)
                group.tests.insert(test.name)
                group.students.insert(entry.student)
                groups[message] = group
            }
        }
        return ranked(groups.map { Problem(message: $0.key, example: $0.value.example, tests: $0.value.tests.sorted(), students: $0.value.students.sorted()) })
    }

    /// Submissions that never reached the tests, grouped by their first error line with the file's folders and
    /// position taken off (each student's file has its own path).
    static func compileErrors(_ entries: [GradedExercise]) -> [Problem] {
        var groups: [String: Set<String>] = [:]
        for entry in entries where entry.outcome == .error {
            groups[errorLine(entry.message), default: []].insert(entry.student)
        }
        return ranked(groups.map { Problem(message: $0.key, example: nil, tests: [], students: $0.value.sorted()) })
    }

    static func ranked(_ problems: [Problem]) -> [Problem] {
        problems.sorted { ($0.students.count, $1.message) > ($1.students.count, $0.message) }
    }

    /// `…/exercise-2.swift:7:5: error: cannot find 'x' in scope` → `error: cannot find 'x' in scope`.
    static func errorLine(_ message: String?) -> String {
        let lines = (message ?? "").split(separator: "\n").map(String.init)
        let line = lines.first { $0.contains("error:") } ?? lines.first ?? "(no message)"
        if let range = line.range(of: "error:") { return String(line[range.lowerBound...]) }
        // `carol/exercise-2.swift does not compile (2 errors).` → `exercise-2.swift does not compile (2 errors).`
        return line.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.contains("/") && word.contains(".swift") ? String(word.split(separator: "/").last ?? word) : String(word)
        }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    static func firstLine(_ text: String?) -> String? {
        text?.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// `report.json`: every figure of the report, for a spreadsheet or a test.
    public func json() throws -> Data { try JSONOutput.data(self) }
}
