import CourseAuthoring
import CourseTerminal
import XCTest

/// The text of `course validate --mutate`: a line per exercise, survivors as diffs, the score at the end.
final class MutationReportViewTests: XCTestCase {
    private let file = "Solutions/exercise-1.swift"

    private func result(_ line: Int, _ outcome: MutantOutcome) -> MutantResult {
        MutantResult(Mutant(id: "arithmetic@\(line):3#00000000", mutationOperator: .arithmetic, line: line, column: 3,
                            originalLine: "  a + b", mutatedLine: "  a - b", source: ""), file: file, outcome: outcome)
    }

    func testScoresAndSurvivorsAreShown() {
        let report = ExerciseMutationReport(exercise: "exercise-1", file: file,
                                            mutants: [result(1, .killed), result(2, .killed), result(3, .killed), result(4, .survived),
                                                      result(5, .unviable), result(6, .equivalent)])
        let text = MutationReportView.text(MutationReport(exercises: [report], seconds: 1))
        XCTAssertTrue(text.contains("exercise-1  75%  killed 3, survived 1, unviable 1, equivalent 1"), text)
        XCTAssertTrue(text.contains("  Solutions/exercise-1.swift:4: arithmetic changed (arithmetic@4:3#00000000)\n    - a + b\n    + a - b"), text)
        XCTAssertTrue(text.contains("Mutation score 75%"), text)
    }

    func testAnExerciseNotAnalysedSaysWhy() {
        var report = ExerciseMutationReport(exercise: "exercise-1", file: file, mutants: [])
        report.note = "the reference solution does not pass its own suite"
        XCTAssertTrue(MutationReportView.text(MutationReport(exercises: [report], seconds: 1)).hasPrefix("exercise-1  not analysed: "))
    }
}
