@testable import CourseAuthoring
@testable import CourseGrading
import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// What the grader makes of imported exercises (the fixture track, written without validation): the
/// contract is what the suite uses, an extension-only API is reached through the anchor, and the suite's
/// own module import is handled in the scratch copy.
final class ImportedContractTests: XCTestCase {
    func importedCourse() throws -> Course {
        let root = try TestSupport.temporaryFolder(self).appendingPathComponent("imported")
        let track = try ExercismTrack.open(TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/exercism-track"))
        let outcomes = try ExercismImporter(track: track).run(track.entries, into: root, newCourseTitle: "Fixture")
        XCTAssertEqual(outcomes.map(\.exercise), ["exercise-1", "exercise-2", "exercise-3", "exercise-4", nil])
        return try CourseLoader.load(root: root)
    }

    func testTheContractIsWhatTheSuiteUses() throws {
        let course = try importedCourse()
        XCTAssertEqual(course.problems, [])
        func inputs(_ id: String) throws -> ExerciseInputs { ExerciseInputs(course: course, exercise: try course.exercise(id)) }

        // An empty stub: the names the suite uses of the exemplar.
        XCTAssertEqual(try inputs("exercise-1").importPrelude,
                       "@testable import func Submission.cardHeading\n@testable import let Submission.signature\n")
        // The example's helper type is not part of it; the support file's type is.
        let walk = try inputs("exercise-4").importPrelude
        XCTAssertTrue(walk.contains("@testable import func Submission.endPoint\n"), walk)
        XCTAssertTrue(walk.contains("@testable import typealias Submission.Point\n"), walk)
        XCTAssertFalse(walk.contains("StepTable"), walk)
        // An API made only of an extension: the anchor, nothing else of the learner's module.
        let totals = try inputs("exercise-3")
        XCTAssertTrue(totals.extendsTypes)
        XCTAssertEqual(totals.importPrelude, "@testable import enum Submission.\(ExerciseInputs.anchorName)\n")
        XCTAssertFalse(try inputs("exercise-2").extendsTypes)
    }

    func testTheScratchCopyHandlesTheTracksModule() throws {
        let course = try importedCourse()
        let tally = ExerciseInputs(course: course, exercise: try course.exercise("exercise-2"))
        let source = try XCTUnwrap(tally.suiteSources.first)
        XCTAssertTrue(source.contains("@testable import Tally"), "the stored suite is unchanged")
        let scratch = tally.scratchText(of: source)
        XCTAssertFalse(scratch.contains("import Tally"), scratch)
        XCTAssertTrue(scratch.contains("Submission.count(\"a\", in: \"banana\")"), scratch)
        XCTAssertEqual(scratch.components(separatedBy: "\n").count, source.components(separatedBy: "\n").count, "line numbers are kept")
    }

    /// A starter that extends another module's type without `allow_extensions` is reported at its line.
    func testAnExtensionContractMustBeAllowed() throws {
        let root = try importedCourse().root
        let starter = "// Give arrays of whole numbers running totals.\nextension Array where Element == Int {\n  func runningTotals() -> [Int] { [] }\n}\n"
        for path in ["Exercises/exercise-3.swift", "Tests/Hidden/exercise-3/starter.swift"] {
            try starter.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        func problems() throws -> [String] {
            CourseValidator(course: try CourseLoader.load(root: root), grader: nil).fileProblems().map(\.description)
        }
        XCTAssertEqual(try problems(), [], "the import allowed Array")
        let settings = root.appendingPathComponent("Tests/Hidden/exercise-3/exercise.json")
        let text = try String(contentsOf: settings, encoding: .utf8)
        let without = text.replacingOccurrences(of: "\"allow_extensions\" : [\n    \"Array\"\n  ],", with: "")
        XCTAssertNotEqual(without, text)
        try without.write(to: settings, atomically: true, encoding: .utf8)
        XCTAssertEqual(try problems(), [
            "Tests/Hidden/exercise-3/starter.swift:2: extends `Array`, a type of another module, which the grader refuses unless the exercise allows it: "
            + "add \"allow_extensions\": [\"Array\"] to Tests/Hidden/exercise-3/exercise.json",
        ])
    }
}
