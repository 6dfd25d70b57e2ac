@testable import CourseModel
import CourseTestSupport
import XCTest

/// Paths and limits have one home each; the values other code derives from them.
final class LayoutTests: XCTestCase {
    func testExercisePathsComeFromTheLayout() {
        let exercise = Exercise(id: "exercise-7", number: 7, lessonNumber: 2, settings: ExerciseSettings(title: "T", hints: ["h"]))
        let table: [(String, String)] = [
            (exercise.learnerPath, "Exercises/exercise-7.swift"),
            (exercise.solutionPath, "Solutions/exercise-7.swift"),
            (exercise.hiddenPath, "Tests/Hidden/exercise-7"),
            (exercise.starterPath, "Tests/Hidden/exercise-7/starter.swift"),
            (exercise.settingsPath, "Tests/Hidden/exercise-7/exercise.json"),
            (exercise.suitePath, "Tests/Hidden/exercise-7/tests"),
            (exercise.supportPath, "Tests/Hidden/exercise-7/support"),
            (exercise.wrongPath, "Tests/Hidden/exercise-7/wrong"),
            (Layout.progress, ".course/progress.json"),
            (Layout.harnessCache, ".course/cache/harness"),
            (Layout.backups, ".course/backups"),
        ]
        for (actual, expected) in table { XCTAssertEqual(actual, expected) }
    }

    func testDerivedLimits() {
        let limits = Limits.standard
        let table: [(Double, Double, Int)] = [(10, 35, 15), (1, 8, 6), (2.5, 12.5, 8), (600, 1805, 605)]
        for (timeout, budget, cpu) in table {
            XCTAssertEqual(limits.runBudget(testTimeout: timeout), budget, "\(timeout)")
            XCTAssertEqual(limits.cpuSeconds(testTimeout: timeout), cpu, "\(timeout)")
        }
        XCTAssertEqual(ExerciseSettings.defaultTimeout, limits.testTimeout)
        XCTAssertEqual(Limits.megabytes(limits.fileSizeBytes), "64 MB")
    }
}
