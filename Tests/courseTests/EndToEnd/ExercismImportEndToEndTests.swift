import CourseTestSupport
import Foundation
import XCTest

/// `course import exercism` on the fixture track (Tests/Fixtures/exercism-track, written for these tests):
/// a concept exercise and practice exercises with XCTest and Swift Testing suites, a multi-file exercise
/// with a helper in its example, an extension-only API, and one that needs a package.
final class ExercismImportEndToEndTests: EndToEndTestCase {
    let track = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/exercism-track").path

    func importFixture(_ extra: String..., to folder: String = "imported") throws -> (URL, TestSupport.Run) {
        let parent = try TestSupport.temporaryFolder(self)
        let run = try TestSupport.runCourse(["import", "exercism", track, "--to", folder] + extra, in: parent)
        return (parent.appendingPathComponent(folder), run)
    }

    func testTheFixtureIsImportedValidatedAndChecked() throws {
        let (root, run) = try importFixture()
        assertStatus(run, 0)
        for line in ["✓ exercise-1 greeting-card: the example passes, the stub fails",
                     "✓ exercise-2 tally: the example passes, the stub fails",
                     "✓ exercise-3 running-totals: the example passes, the stub fails",
                     "✓ exercise-4 grid-walk: the example passes, the stub fails",
                     "– vector-norm: skipped: needs the package swift-numerics"] {
            XCTAssertTrue(run.stdout.contains(line), "missing '\(line)' in:\n\(run.stdout)")
        }
        XCTAssertTrue(run.stdout.contains("Imported 4 of 5 exercises of exercism/swift"), run.stdout)

        // The suites are stored unchanged; the multi-file exercise's shared type is a support file.
        let fixture = URL(fileURLWithPath: track)
        XCTAssertEqual(try text("Tests/Hidden/exercise-2/tests/TallyTests.swift", in: root),
                       try String(contentsOf: fixture.appendingPathComponent("exercises/practice/tally/Tests/TallyTests/TallyTests.swift"), encoding: .utf8))
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("Tests/Hidden/exercise-4/tests/Point+Text.swift").path))
        XCTAssertTrue(try text("Tests/Hidden/exercise-4/support/Point.swift", in: root).contains("struct Point"))
        XCTAssertEqual(try text("Exercises/exercise-4.swift", in: root), try text("Tests/Hidden/exercise-4/starter.swift", in: root))
        let settings = try jsonObject(try text("Tests/Hidden/exercise-3/exercise.json", in: root))
        XCTAssertEqual(settings["allow_extensions"] as? [String], ["Array"])
        XCTAssertEqual(settings["suite_module"] as? String, "RunningTotals")
        XCTAssertEqual((settings["source"] as? [String: Any])?["license"] as? String, "MIT")
        let hints = try XCTUnwrap(try jsonObject(try text("Tests/Hidden/exercise-1/exercise.json", in: root))["hints"] as? [String])
        XCTAssertEqual(hints.count, 2, "one hint per section of hints.md")
        assertContains(try text("ATTRIBUTION.md", in: root), "exercise-4: `grid-walk` (exercises/practice/grid-walk)", "MIT")
        assertContains(try text("Licenses/exercism-swift.txt", in: root), "MIT License")
        assertContains(try text("Lessons/04-grid-walk.md", in: root), "title: Grid Walk", "## Instructions", "`Point` is given", "## Exercises")
        assertStatus(try course("validate", "--quick", in: root), 0)

        // A correct solution without the example's helper type passes; the stub fails.
        try write("""
            func endPoint(of moves: String) -> Point {
              var point = Point(x: 0, y: 0)
              for move in moves {
                switch move {
                case "N": point.y += 1
                case "S": point.y -= 1
                case "E": point.x += 1
                default: point.x -= 1
                }
              }
              return point
            }

            """, to: "Exercises/exercise-4.swift", in: root)
        assertStatus(try course("check", "exercise-4", in: root), 0)
        assertStatus(try course("check", "exercise-3", in: root), 1)
        try write("extension Array where Element == Int {\n  func runningTotals() -> [Int] { [] }\n}\n", to: "Exercises/exercise-3.swift", in: root)
        let wrong = try course("check", "exercise-3", in: root)
        assertStatus(wrong, 1)
        assertContains(wrong.stdout, "each total adds the next value")

        // Test names keep their meaning: digits, a capital letter, a display name with an apostrophe.
        let tally = try jsonObject(try course("check", "exercise-2", "--json", "--file", "Solutions/exercise-2.swift", in: root).stdout)
        let names = (tally["tests"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        XCTAssertEqual(Set(names), ["counts other than X", "counts 1500 letters", "upper case counts too"])
        let card = try course("check", "exercise-1", "--file", "Solutions/exercise-1.swift", in: root)
        assertStatus(card, 0)
        assertContains(card.stdout, "the card's signature")
    }

    func testImportIntoAnExistingCourseTakesTheNextNumbers() throws {
        let root = try tinyCopy()
        let run = try course("import", "exercism", track, "--into", ".", "--exercises", "running-totals,tally", in: root)
        assertStatus(run, 0)
        // The track's order is kept, not the order of --exercises.
        assertContains(run.stdout, "✓ exercise-5 tally", "✓ exercise-6 running-totals")
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("Lessons/04-tally.md").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("Lessons/05-running-totals.md").path))
        assertStatus(try course("validate", "--quick", in: root), 0)

        let again = try course("import", "exercism", track, "--into", ".", "--exercises", "tally", in: root)
        assertStatus(again, 0)
        assertContains(again.stdout, "✓ exercise-7 tally")
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("Lessons/06-tally-6.md").path), "a second slug")

        let unknown = try course("import", "exercism", track, "--into", ".", "--exercises", "taly", in: root)
        assertStatus(unknown, 64)
        assertContains(unknown.stderr, "the track has no exercise 'taly'", "Did you mean 'tally'?")
        let over = try course("import", "exercism", track, "--to", ".", "--exercises", "tally", in: root)
        assertStatus(over, 1)
        assertContains(over.stderr, "course.json", "already exists; 'course import' only adds files")
        let notACourse = try course("import", "exercism", track, "--into", "Lessons", in: root)
        assertStatus(notACourse, 1)
        assertContains(notACourse.stderr, "holds no course.json: --into takes the folder of an existing course")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("Lessons/Lessons").path))
        let both = try course("import", "exercism", track, "--into", ".", "--to", "y", in: root)
        assertStatus(both, 64)
        let notATrack = try course("import", "exercism", root.path, "--to", "x", in: root)
        assertStatus(notATrack, 1)
        assertContains(notATrack.stderr, "is not an Exercism track")
    }

    func testExercisesCanShareALesson() throws {
        let (root, run) = try importFixture("--exercises", "grid-walk,tally,running-totals", "--per-lesson", "2")
        assertStatus(run, 0)
        let first = try text("Lessons/01-tally.md", in: root)
        assertContains(first, "title: Tally, Running Totals", "exercises: exercise-1, exercise-2", "## Tally", "### Instructions",
                       "## Running Totals", "- **exercise-2**: make the tests of *Running Totals* pass.")
        assertContains(try text("Lessons/02-grid-walk.md", in: root), "exercises: exercise-3")
        assertStatus(try course("validate", "--quick", in: root), 0)
        let bad = try course("import", "exercism", track, "--to", "other", "--per-lesson", "0", in: root)
        assertStatus(bad, 64)
    }

    /// A leftover module import and an XCTest API Linux lacks are the course's problems, named at their line.
    func testSuiteProblemsAreReportedAsTheCourses() throws {
        let (root, run) = try importFixture("--exercises", "tally")
        assertStatus(run, 0)
        let settingsPath = "Tests/Hidden/exercise-1/exercise.json"
        let settings = try text(settingsPath, in: root)
        try write(settings.replacingOccurrences(of: "\"suite_module\" : \"Tally\",", with: ""), to: settingsPath, in: root)
        let quick = try course("validate", "--quick", in: root)
        assertStatus(quick, 1)
        assertContains(quick.stdout, "Tests/Hidden/exercise-1/tests/TallyTests.swift:3: imports the module `Tally`, which the grader does not build",
                       "add \"suite_module\": \"Tally\"")
        let leftover = try course("check", "exercise-1", "--file", "Solutions/exercise-1.swift", in: root)
        assertStatus(leftover, 2)
        assertContains(leftover.stdout, "this is a problem with the course, not with your code")

        try write(settings, to: settingsPath, in: root)
        let suitePath = "Tests/Hidden/exercise-1/tests/TallyTests.swift"
        let suite = try text(suitePath, in: root)
        try write(suite.replacingOccurrences(of: "  func testUpperCaseCountsToo() {\n",
                                             with: "  func testUpperCaseCountsToo() {\n    XCTExpectFailure(\"not yet\")\n"), to: suitePath, in: root)
        let apple = try course("validate", "--quick", in: root)
        assertStatus(apple, 1)
        assertContains(apple.stdout, "\(suitePath):15: uses `XCTExpectFailure`, which XCTest on Linux does not have")
        let check = try course("check", "exercise-1", "--json", "--file", "Solutions/exercise-1.swift", in: root)
        assertStatus(check, 2)
        XCTAssertEqual(try jsonObject(check.stdout)["error_kind"] as? String, "brokenSuite")
    }
}
