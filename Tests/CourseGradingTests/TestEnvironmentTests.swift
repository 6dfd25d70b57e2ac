@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// The fixed test environment, an exercise's own `environment`, and `repeat_runs`.
final class TestEnvironmentTests: XCTestCase {
    /// A copy of the tiny course whose exercise-2 has `settings` added and one more test file.
    func course(settings: [String: Any], extraTest: String) throws -> URL {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let file = root.appendingPathComponent("Tests/Hidden/exercise-2/exercise.json")
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        for (key, value) in settings { object[key] = value }
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        try extraTest.write(to: root.appendingPathComponent("Tests/Hidden/exercise-2/tests/EnvironmentTests.swift"),
                            atomically: true, encoding: .utf8)
        return root
    }

    func grade(_ root: URL, mode: SandboxMode) throws -> GradeReport {
        let course = try CourseLoader.load(root: root)
        XCTAssertEqual(course.problems.map(\.description), [])
        var grader = try TestSupport.grader()
        grader.sandboxMode = mode
        return grader.grade(course: course, exercise: try course.exercise("exercise-2"),
                            submission: course.url("Solutions/exercise-2.swift"), displayPath: "Exercises/exercise-2.swift")
    }

    func testTestsSeeTheFixedEnvironmentAndTheExercisesOwnVariables() throws {
        let root = try course(settings: ["environment": ["TZ": "Asia/Kolkata", "COURSE_PROBE": "hello"]], extraTest: """
            import Foundation
            import XCTest

            final class EnvironmentTests: XCTestCase {
                func testTheEnvironmentIsTheExercises() {
                    let env = ProcessInfo.processInfo.environment
                    XCTAssertEqual(env["TZ"], "Asia/Kolkata")
                    XCTAssertEqual(env["COURSE_PROBE"], "hello")
                    XCTAssertEqual(env["LC_ALL"], "C.UTF-8")
                    XCTAssertEqual(TimeZone.current.secondsFromGMT(), 19800)
                }
            }
            """)
        for mode in [SandboxMode.require, .off] {
            let report = try grade(root, mode: mode)
            XCTAssertEqual(report.status, .pass, "\(mode): \(report.tests.compactMap(\.message))")
        }
    }

    /// A test that passes on the first run and fails on the second: with `repeat_runs` it is no pass,
    /// says why, and is not cached.
    func testAPassThatDoesNotHoldOnEveryRunIsNoPass() throws {
        let flaky = """
            import Foundation
            import XCTest

            final class EnvironmentTests: XCTestCase {
                func testPassesOnlyTheFirstTime() throws {
                    // A marker in the course's support folder would be read-only in the sandbox; /tmp is per run
                    // there, so the run count is kept outside: in a file named by the test's own environment.
                    let marker = (ProcessInfo.processInfo.environment["COURSE_MARKER_DIR"] ?? "/nonexistent") + "/ran-once"
                    let ranBefore = FileManager.default.fileExists(atPath: marker)
                    FileManager.default.createFile(atPath: marker, contents: Data())
                    XCTAssertFalse(ranBefore, "this test passes only on its first run")
                }
            }
            """
        let markers = try TestSupport.temporaryFolder(self)
        let root = try course(settings: ["repeat_runs": 3, "environment": ["COURSE_MARKER_DIR": markers.path]], extraTest: flaky)
        let report = try grade(root, mode: .off)
        XCTAssertEqual(report.status, .fail)
        XCTAssertTrue(report.unstable)
        let message = try XCTUnwrap(report.tests.first { $0.id == "EnvironmentTests/testPassesOnlyTheFirstTime" }?.message)
        XCTAssertTrue(message.hasPrefix("failed on run 2 of 3, although earlier runs passed"), message)

        try FileManager.default.removeItem(at: markers.appendingPathComponent("ran-once"))
        let once = try course(settings: ["environment": ["COURSE_MARKER_DIR": markers.path]], extraTest: flaky)
        XCTAssertEqual(try grade(once, mode: .off).status, .pass, "without repeat_runs the same suite passes once")
    }

    func testRepeatRunsMustBeAWholeNumberFrom1To20() {
        func problems(_ value: String) -> [String] {
            ExerciseSettings.parse(Data(#"{"title": "t", "hints": ["h"], "repeat_runs": \#(value)}"#.utf8), file: "e.json").1.map(\.description)
        }
        XCTAssertEqual(problems("5"), [])
        XCTAssertEqual(ExerciseSettings.parse(Data(#"{"title": "t", "hints": ["h"], "repeat_runs": 5}"#.utf8), file: "e.json").0?.repeatRuns, 5)
        for bad in ["0", "21", "2.5", "\"3\""] {
            XCTAssertEqual(problems(bad), [#"e.json: "repeat_runs" must be a whole number from 1 to 20"#], bad)
        }
    }
}
