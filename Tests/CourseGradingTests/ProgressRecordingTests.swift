@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

private typealias LearnerProgress = CourseModel.Progress

/// A graded attempt recorded in progress (`Progress.record(_:at:)`, an extension in the grading layer).
final class ProgressRecordingTests: XCTestCase {
    private func report(_ status: GradeReport.Status, hash: String) -> GradeReport {
        GradeReport(exercise: "exercise-1", status: status, submissionHash: hash)
    }

    func testRecordingAFailure() {
        var progress = LearnerProgress()
        let date = Date(timeIntervalSince1970: 1_000)
        progress.record(report(.fail, hash: "h1"), at: date)
        let entry = progress["exercise-1"]
        XCTAssertEqual(entry.attempts, 1)
        XCTAssertEqual(entry.status, .pending)
        XCTAssertEqual(entry.lastResult, "fail")
        XCTAssertEqual(entry.lastCheckedAt, date)
        XCTAssertNil(entry.firstPassedAt)
        XCTAssertNil(entry.lastPassedAt)
        XCTAssertNil(entry.passedHash)
        XCTAssertEqual(Array(progress.exercises.keys), ["exercise-1"])
    }

    func testRecordingPassesKeepsTheFirstPassTime() {
        var progress = LearnerProgress()
        let first = Date(timeIntervalSince1970: 1_000), second = Date(timeIntervalSince1970: 2_000)
        progress.record(report(.error, hash: "h0"), at: Date(timeIntervalSince1970: 500))
        XCTAssertEqual(progress["exercise-1"].lastResult, "error")
        progress.record(report(.pass, hash: "h1"), at: first)
        XCTAssertEqual(progress["exercise-1"].status, .done)
        XCTAssertEqual(progress["exercise-1"].firstPassedAt, first)
        XCTAssertEqual(progress["exercise-1"].lastPassedAt, first)
        XCTAssertEqual(progress["exercise-1"].passedHash, "h1")
        progress.record(report(.pass, hash: "h2"), at: second)
        let entry = progress["exercise-1"]
        XCTAssertEqual(entry.attempts, 3)
        XCTAssertEqual(entry.firstPassedAt, first)
        XCTAssertEqual(entry.lastPassedAt, second)
        XCTAssertEqual(entry.lastCheckedAt, second)
        XCTAssertEqual(entry.passedHash, "h2")
        XCTAssertEqual(entry.lastResult, "pass")
    }

    func testAFailureAfterAPassKeepsThePass() {
        var progress = LearnerProgress()
        let passed = Date(timeIntervalSince1970: 1_000), failed = Date(timeIntervalSince1970: 3_000)
        progress.record(report(.pass, hash: "good"), at: passed)
        progress.record(report(.fail, hash: "bad"), at: failed)
        let entry = progress["exercise-1"]
        XCTAssertEqual(entry.attempts, 2)
        XCTAssertEqual(entry.status, .done)
        XCTAssertEqual(entry.passedHash, "good")
        XCTAssertEqual(entry.lastPassedAt, passed)
        XCTAssertEqual(entry.lastCheckedAt, failed)
        XCTAssertEqual(entry.lastResult, "fail")
    }
}
