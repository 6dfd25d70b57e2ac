@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// Prewarming compiles the suite for the starter's interface, so the first check of a file that only fills
/// in bodies reuses it — shown by the report's `suiteReused`, never by timing.
final class SuitePrewarmTests: XCTestCase {
    func grader(_ folder: URL) throws -> Grader {
        var grader = try TestSupport.grader()
        grader.suiteCache = SuiteObjectCache(folder: folder.appendingPathComponent("suites"))
        return grader
    }

    func testTheFirstCheckAfterAPrewarmReusesTheStartersSuite() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let grader = try grader(folder)
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        let exercise = try course.exercise("exercise-2")
        XCTAssertEqual(grader.prewarm(course: course, exercise: exercise), .built)
        XCTAssertEqual(grader.prewarm(course: course, exercise: exercise), .alreadyKept)
        let solution = course.url(exercise.solutionPath)
        let report = grader.grade(course: course, exercise: exercise, submission: solution, displayPath: "Exercises/exercise-2.swift")
        XCTAssertEqual(report.status, .pass, report.message ?? "")
        XCTAssertTrue(report.suiteReused, "the solution fills in the starter's bodies: same interface, same suite object")
    }

    func testAPrewarmForAnotherInterfaceIsNotReused() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let grader = try grader(folder)
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        let exercise = try course.exercise("exercise-2")
        XCTAssertEqual(grader.prewarm(course: course, exercise: exercise), .built)
        let changed = folder.appendingPathComponent("changed.swift")
        let solution = try String(contentsOf: course.url(exercise.solutionPath), encoding: .utf8)
        try solution.replacingOccurrences(of: "private var items: [Element] = []", with: "private var items: [Element] = []\n    var pops = 0")
            .write(to: changed, atomically: true, encoding: .utf8)
        let report = grader.grade(course: course, exercise: exercise, submission: changed, displayPath: "Exercises/exercise-2.swift")
        XCTAssertEqual(report.status, .pass, report.message ?? "")
        XCTAssertFalse(report.suiteReused, "a stored property added changes the interface")
    }

    func testAStarterThatDoesNotCompileIsNotPrewarmedAndSaysWhy() throws {
        let course = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let loaded = try CourseLoader.load(root: course)
        let exercise = try loaded.exercise("exercise-2")
        try "struct Stack<Element> { func push(".write(to: loaded.url(exercise.starterPath), atomically: true, encoding: .utf8)
        let grader = try grader(try TestSupport.temporaryFolder(self))
        guard case .notBuilt(let reason) = grader.prewarm(course: loaded, exercise: exercise) else {
            return XCTFail("a starter with a syntax error cannot be prewarmed")
        }
        XCTAssertTrue(reason.contains("does not compile"), reason)
    }

    func testWithoutASuiteCacheThereIsNothingToPrewarm() throws {
        var grader = try TestSupport.grader()
        grader.suiteCache = nil
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        XCTAssertNotEqual(grader.prewarm(course: course, exercise: try course.exercise("exercise-2")), .built)
    }

    /// A Swift Testing suite (its harness built with other defines) is prewarmed for the harness a check uses.
    func testASwiftTestingSuiteIsPrewarmedForTheHarnessTheCheckUses() throws {
        let grader = try grader(try TestSupport.temporaryFolder(self))
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        let exercise = try course.exercise("exercise-4")
        XCTAssertEqual(grader.prewarm(course: course, exercise: exercise), .built)
        let report = grader.grade(course: course, exercise: exercise, submission: course.url(exercise.solutionPath),
                                  displayPath: "Exercises/exercise-4.swift")
        XCTAssertEqual(report.status, .pass, report.message ?? "")
        XCTAssertTrue(report.suiteReused)
    }
}
