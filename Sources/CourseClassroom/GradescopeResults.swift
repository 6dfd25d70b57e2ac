import CourseModel
import Foundation

/// Gradescope's autograder `results.json` for one submission, so `course` can run inside Gradescope's
/// container (`/autograder/submission` in, `/autograder/results/results.json` out), in the documented
/// format (gradescope-autograders.readthedocs.io, "Autograder Specifications": `score`, `execution_time` in
/// whole seconds, `output` and its `output_format`, `visibility`, `stdout_visibility`, and `tests` with
/// `score`, `max_score`, `status`, `name`, `number`, `output`, `visibility`). Public tests are `visible`.
/// Hidden ones are `after_due_date`, and their messages and printed output are withheld (students with an
/// extension see results after the due date too); `--release-hidden` makes them `visible` with messages.
/// Scores are whole hundredths, so the tests add up to the exercise and the exercises to `score` exactly.
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
        var execution_time: Int
        var output: String
        var output_format: String
        var test_output_format: String
        var test_name_format: String
        var visibility: String
        var stdout_visibility: String
        var tests: [Test]
    }

    public static func json(_ results: ClassResults, student: String, releaseHidden: Bool) throws -> Data {
        var tests: [Document.Test] = []
        var notes: [String] = []
        var seconds = 0.0
        for (columnIndex, column) in results.columns.enumerated() {
            guard let entry = results.entry(student, column.id) else { continue }
            seconds += entry.seconds ?? 0
            // Why an exercise was not tested (a build error with the student's own compile errors, a missing file).
            if let message = entry.message { notes.append("\(column.id): \(DisplayName.text(message))") }
            if entry.tests.isEmpty {
                let why = entry.outcome == .missing ? "not submitted" : (GradedExercise.firstLine(entry.message) ?? entry.outcome.rawValue)
                tests.append(Document.Test(name: "\(column.id): \(column.title)", number: "\(columnIndex + 1)", score: 0,
                                           max_score: entry.maxScore, status: "failed", visibility: "visible", output: DisplayName.text(why)))
                continue
            }
            for (testIndex, test) in entry.tests.enumerated() {
                let shown = [test.shownMessage(releaseHidden: releaseHidden), test.shownOutput(releaseHidden: releaseHidden)].compactMap { $0 }
                tests.append(Document.Test(name: "\(column.id): \(test.name)", number: "\(columnIndex + 1).\(testIndex + 1)",
                                           score: test.score, max_score: test.maxScore, status: test.passed ? "passed" : "failed",
                                           visibility: test.isPublic || releaseHidden ? "visible" : "after_due_date",
                                           output: shown.isEmpty ? nil : DisplayName.text(shown.joined(separator: "\n"))))
            }
        }
        let summary = "\(results.courseTitle): \(Score.text(results.total(student))) of \(Score.text(results.maxTotal)) points."
        let document = Document(score: results.total(student), execution_time: Int(seconds.rounded(.up)),
                                output: ([summary] + notes).joined(separator: "\n"), output_format: "text",
                                test_output_format: "text", test_name_format: "text",
                                visibility: "visible", stdout_visibility: "hidden", tests: tests)
        return try JSONOutput.data(document)
    }
}

extension GradeFormat {
    /// Gradescope's `results.json` for the one submission graded.
    public static let gradescope = GradeFormat("gradescope", oneSubmission: true) { results, out, options in
        guard let student = results.students.first else { return }
        try AtomicFile.write(try GradescopeResults.json(results, student: student, releaseHidden: options.releaseHidden),
                             to: out.appendingPathComponent("results.json"))
    }
}
