import CourseTestSupport
import Foundation
import XCTest

/// `course validate exercise-K` checks one exercise; `--mutate` runs the mutation analysis through the binary.
final class ValidateMutateEndToEndTests: EndToEndTestCase {
    func testValidatingOneExerciseGradesOnlyIt() throws {
        let root = try tinyCopy()
        let run = try course("validate", "exercise-2", in: root)
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("1 exercises"), run.stdout)
        XCTAssertFalse(run.stderr.contains("exercise-1 "), run.stderr)
        let unknown = try course("validate", "exercise-99", in: root)
        XCTAssertEqual(unknown.status, 64, unknown.stderr)
    }

    func testMutationAnalysisReportsAScoreAndEverySurvivor() throws {
        let root = try tinyCopy()
        let killed = try course("validate", "--mutate", "exercise-2", in: root)
        XCTAssertEqual(killed.status, 0, killed.stdout + killed.stderr)
        XCTAssertTrue(killed.stdout.contains("exercise-2  100%"), killed.stdout)

        // A suite with its peek test removed lets a mutant of peek survive: exit 1, with the diff.
        let suite = root.appendingPathComponent("Tests/Hidden/exercise-2/tests/StackTests.swift")
        let text = try String(contentsOf: suite, encoding: .utf8)
        let weakened = text.components(separatedBy: "    func testPeekShowsTheTopWithoutRemovingIt").first! + "}\n"
        try weakened.write(to: suite, atomically: true, encoding: .utf8)
        let survived = try course("validate", "--mutate", "exercise-2", "--json", in: root)
        XCTAssertEqual(survived.status, 1, survived.stdout + survived.stderr)
        let report = try jsonObject(survived.stdout)
        XCTAssertGreaterThan(report["survived"] as? Int ?? 0, 0, survived.stdout)
        XCTAssertLessThan(report["score"] as? Double ?? 1, 1)
    }
}
