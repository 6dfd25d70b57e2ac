import CourseModel
import Foundation

/// Gradescope's autograder `results.json` for one submission, so `course` can run inside Gradescope's
/// container (`/autograder/submission` in, `/autograder/results/results.json` out). Public tests are
/// `visible`; hidden ones are `after_due_date` (their messages show once the due date passes), or `visible`
/// when released.
public enum GradescopeResults {
    struct Document: Codable {
        struct Test: Codable {
            var name: String
            var number: String
            var score: Double
            var max_score: Double
            var status: String
            var visibility: String
            var output: String?
        }
        var score: Double
        var output: String
        var visibility: String
        var stdout_visibility: String
        var tests: [Test]
    }

    public static func json(_ results: ClassResults, student: String, releaseHidden: Bool) throws -> Data {
        var tests: [Document.Test] = []
        var notes: [String] = []
        for (columnIndex, column) in results.columns.enumerated() {
            guard let entry = results.entry(student, column.id) else { continue }
            if entry.tests.isEmpty {
                let why = entry.outcome == .missing ? "not submitted" : (GradedExercise.firstLine(entry.message) ?? entry.outcome.rawValue)
                tests.append(Document.Test(name: "\(column.id): \(column.title)", number: "\(columnIndex + 1)", score: 0,
                                           max_score: entry.maxScore, status: "failed", visibility: "visible", output: why))
                if let message = entry.message { notes.append("\(column.id): \(message)") }
                continue
            }
            for (testIndex, test) in entry.tests.enumerated() {
                var output = test.passed ? nil : test.message
                if let printed = test.output, !printed.isEmpty { output = (output.map { $0 + "\n" } ?? "") + printed }
                tests.append(Document.Test(name: "\(column.id): \(test.name)", number: "\(columnIndex + 1).\(testIndex + 1)",
                                           score: test.score, max_score: test.maxScore, status: test.passed ? "passed" : "failed",
                                           visibility: test.isPublic || releaseHidden ? "visible" : "after_due_date", output: output))
            }
        }
        let summary = "\(results.courseTitle): \(Score.text(results.total(student))) of \(Score.text(results.maxTotal)) points."
        let document = Document(score: results.total(student), output: ([summary] + notes).joined(separator: "\n"),
                                visibility: "visible", stdout_visibility: "hidden", tests: tests)
        return try JSONOutput.data(document)
    }
}
