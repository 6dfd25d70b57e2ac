@testable import CourseAuthoring
@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import XCTest

/// Outcomes, scores, caps, equivalence marks and the JSON, without a compiler (the text: `MutationReportViewTests`).
final class MutationReportTests: XCTestCase {
    func testAReportReadsAsAnOutcome() {
        let table: [(GradeReport, MutantOutcome)] = [
            (GradeReport(exercise: "e", status: .pass), .survived),
            (GradeReport(exercise: "e", status: .fail), .killed),
            (.error("e", .compile, "x"), .unviable),
            (.error("e", .apiMismatch, "x"), .unviable),
            (.error("e", .toolchain, "x"), .error),
        ]
        for (report, outcome) in table { XCTAssertEqual(MutantOutcome.of(report), outcome, "\(report.status) \(String(describing: report.errorKind))") }
    }

    func mutant(_ line: Int, _ text: String = "a + b") -> Mutant {
        Mutant(id: "arithmetic@\(line):3#00000000", mutationOperator: .arithmetic, line: line, column: 3,
               originalLine: "  a + b", mutatedLine: "  " + text.replacingOccurrences(of: "+", with: "-"), source: "")
    }

    func testScoresCountOnlyKilledAndSurvived() throws {
        let file = "Solutions/exercise-1.swift"
        let results = [MutantResult(mutant(1), file: file, outcome: .killed), MutantResult(mutant(2), file: file, outcome: .killed),
                       MutantResult(mutant(3), file: file, outcome: .killed), MutantResult(mutant(4), file: file, outcome: .survived),
                       MutantResult(mutant(5), file: file, outcome: .unviable), MutantResult(mutant(6), file: file, outcome: .equivalent)]
        let report = ExerciseMutationReport(exercise: "exercise-1", file: file, mutants: results)
        XCTAssertEqual([report.killed, report.survived, report.unviable, report.equivalent], [3, 1, 1, 1])
        XCTAssertEqual(report.score, 0.75)
        XCTAssertEqual(report.survivors.map(\.line), [4])
        let empty = ExerciseMutationReport(exercise: "exercise-2", file: file, mutants: [MutantResult(mutant(1), file: file, outcome: .unviable)])
        XCTAssertEqual(empty.score, 1, "nothing viable scores 100%")
        let course = MutationReport(exercises: [report, empty], seconds: 1)
        XCTAssertEqual(course.score, 0.75, "the course's score pools the mutants, not the percentages")
        let json = String(decoding: try course.jsonData(), as: UTF8.self)
        XCTAssertTrue(json.contains("\"operator\" : \"arithmetic\""), json)
        XCTAssertTrue(json.contains("\"stale_equivalent_marks\""), json)
        XCTAssertTrue(json.contains("\"file\" : \"Solutions/exercise-1.swift\""), "written by JSONOutput, slashes unescaped: \(json)")
        XCTAssertEqual(try JSONDecoder().decode(MutationReport.self, from: try JSONEncoder().encode(course)), course)
    }

    func testTheCapSpreadsOverTheWholeFile() {
        let mutants = (1...10).map { mutant($0) }
        XCTAssertEqual(MutationPlan.capped(mutants, to: 4).map(\.line), [1, 4, 7, 10])
        XCTAssertEqual(MutationPlan.capped(mutants, to: nil).count, 10)
        XCTAssertEqual(MutationPlan.capped(mutants, to: 20).count, 10)
    }

    func testMarksSplitMutantsAndStaleMarksAreFound() {
        let mutants = [mutant(1, "a + b"), mutant(2, "c + d")]
        let marks = [EquivalentMutant(original: "a + b", mutated: "a - b", reason: "same"),
                     EquivalentMutant(id: "arithmetic@9:9#ffffffff", reason: "gone")]
        let split = MutationPlan.split(mutants, marks: marks)
        XCTAssertEqual(split.rest.map(\.line), [2])
        XCTAssertEqual(split.equivalent.map(\.0.line), [1])
        XCTAssertEqual(split.equivalent.map(\.1), ["same"])
        XCTAssertEqual(split.stale, [marks[1]])
    }

    func testSettingsReadEquivalentMarks() {
        let json = #"""
        {"title": "T", "hints": ["h"], "equivalent_mutants": [
            {"original": "a + b", "mutated": "a - b", "reason": "b is always 0"},
            {"id": "relational@3:4#00000000", "reason": "r"},
            {"id": "x"}, {"mutated": "y", "reason": "r"}, {"id": "z", "reason": "r", "line": 3}]}
        """#
        let (settings, problems) = ExerciseSettings.parse(Data(json.utf8), file: "exercise.json")
        XCTAssertEqual(settings?.equivalentMutants, [
            EquivalentMutant(original: "a + b", mutated: "a - b", reason: "b is always 0"),
            EquivalentMutant(id: "relational@3:4#00000000", reason: "r"), EquivalentMutant(id: "z", reason: "r"),
        ])
        XCTAssertEqual(problems.map(\.message), [
            "\"equivalent_mutants\"[2] needs a \"reason\": why can no test tell this mutant from the solution?",
            "\"equivalent_mutants\"[3] needs \"original\" and \"mutated\" (the lines of the report's diff) or an \"id\"",
            "\"equivalent_mutants\"[4] has an unknown key \"line\"; use id, original, mutated and reason",
        ])
        let (plain, none) = ExerciseSettings.parse(Data(#"{"title": "T", "hints": ["h"]}"#.utf8), file: "exercise.json")
        XCTAssertEqual(plain?.equivalentMutants, [])
        XCTAssertEqual(none.map(\.message), [])
    }
}

extension MutationReportTests {
    func testMutantsGetAShorterTimeoutNeverALongerOne() {
        func timeout(_ seconds: Double, short: Bool = true) -> Double {
            MutationOptions(shortTimeouts: short).mutantTimeout(for: ExerciseSettings(title: "T", hints: ["h"], timeoutSeconds: seconds))
        }
        XCTAssertEqual([timeout(3), timeout(10), timeout(20), timeout(60), timeout(10, short: false)], [3, 5, 5, 15, 10])
    }
}
