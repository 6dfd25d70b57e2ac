@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import Synchronization
import XCTest

/// Small helpers for the grading tests, on top of `TestSupport`.
enum GradingFixtures {
    /// The hidden suite's three tests for the tiny course's exercise-2, in suite order.
    static let pushThenPop = "testPushThenPopReturnsTheSameItem"
    static let popEmpty = "testPopOnAnEmptyStackIsNil"
    static let peek = "testPeekShowsTheTopWithoutRemovingIt"
    static let stackTests = [pushThenPop, popEmpty, peek]

    /// A learner submission in Tests/Fixtures/submissions.
    static func submission(_ name: String) -> URL {
        TestSupport.submissions.appendingPathComponent(name)
    }

    /// Grades a fixture against the tiny course's exercise-2 with the real toolchain.
    static func gradeStack(_ fixture: String, scratch: URL? = nil) throws -> GradeReport {
        let url = submission(fixture)
        XCTAssertTrue(FileManager.default.fileExists(atPath: url.path), "missing fixture \(fixture)")
        return try TestSupport.grade(course: TestSupport.tinyCourse, exercise: "exercise-2", submission: url, scratch: scratch)
    }

    private static let memo = Mutex<[String: GradeReport]>([:])

    /// Like `gradeStack`, but grades each fixture once per test process: several tests read one report.
    static func stackReport(_ fixture: String) throws -> GradeReport {
        if let cached = memo.withLock({ $0[fixture] }) { return cached }
        let report = try gradeStack(fixture)
        memo.withLock { $0[fixture] = report }
        return report
    }

    /// `method status` per test, in report order: compares every verdict at once.
    static func verdicts(_ report: GradeReport) -> [String] {
        report.tests.map { "\($0.id.split(separator: "/").last ?? "") \($0.status.rawValue)" }
    }

    /// The result of one test method, failing the test when it is missing.
    static func result(_ report: GradeReport, _ method: String, file: StaticString = #filePath,
                       line: UInt = #line) -> GradeReport.TestResult? {
        let found = report.tests.first { $0.id == "StackTests/\(method)" }
        if found == nil { XCTFail("no result for \(method) in \(verdicts(report))", file: file, line: line) }
        return found
    }

    /// The result a test gets when it passed with no output.
    static func passed(_ method: String, className: String = "StackTests") -> GradeReport.TestResult {
        GradeReport.TestResult(id: "\(className)/\(method)", name: GradeReport.plainWords(method), status: .pass,
                               message: nil, output: nil)
    }

    /// A grader with its own environment (e.g. a different `COURSE_SWIFTC`).
    static func grade(exercise id: String, submission: URL, environment: [String: String],
                      scratch: URL? = nil) throws -> GradeReport {
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        let exercise = try course.exercise(id)
        let grader = Grader(toolchain: try Toolchain.locate(environment: environment), environment: environment,
                            scratchRoot: scratch)
        return grader.grade(course: course, exercise: exercise, submission: submission, displayPath: "Exercises/\(id).swift")
    }

    /// Names left in a scratch root (a check must remove its `course-check-*` folder).
    static func leftovers(in scratch: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: scratch.path)) ?? []).sorted()
    }
}

