@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import Synchronization
import XCTest

/// Checks running at the same time keep their own scratch folders, nonces and verdicts.
final class ConcurrentGradingTests: XCTestCase {
    func testFourConcurrentChecksEachGetTheirOwnVerdict() throws {
        let scratch = try TestSupport.temporaryFolder(self)
        let course = TestSupport.tinyCourse
        let submissions = [
            course.appendingPathComponent("Solutions/exercise-2.swift"),
            GradingFixtures.submission("stack-peek-wrong.swift"),
            GradingFixtures.submission("stack-correct.swift"),
            GradingFixtures.submission("cheat-fake-output.swift"),
        ]
        let collected = Mutex<(reports: [Int: GradeReport], errors: [String])>(([:], []))
        DispatchQueue.concurrentPerform(iterations: submissions.count) { index in
            do {
                let report = try TestSupport.grade(course: course, exercise: "exercise-2", submission: submissions[index],
                                                   scratch: scratch)
                collected.withLock { $0.reports[index] = report }
            } catch {
                collected.withLock { $0.errors.append("\(index): \(error)") }
            }
        }
        let (reports, errors) = collected.withLock { $0 }
        XCTAssertEqual(errors, [])
        let F = GradingFixtures.self
        XCTAssertEqual(reports[0].map(F.verdicts), F.stackTests.map { "\($0) pass" })
        XCTAssertEqual(reports[1].map(F.verdicts), ["\(F.pushThenPop) pass", "\(F.popEmpty) pass", "\(F.peek) fail"])
        XCTAssertEqual(reports[2].map(F.verdicts), F.stackTests.map { "\($0) pass" })
        XCTAssertEqual(reports[3].map(F.verdicts), ["\(F.pushThenPop) fail", "\(F.popEmpty) pass", "\(F.peek) fail"])
        XCTAssertEqual(reports.keys.sorted().map { reports[$0]!.status }, [.pass, .fail, .pass, .fail])
        for (index, report) in reports {
            let bytes = try Data(contentsOf: submissions[index])
            XCTAssertEqual(report.submissionHash, SHA256.hex(bytes), "report \(index) belongs to another submission")
        }
        XCTAssertEqual(GradingFixtures.leftovers(in: scratch), [])
    }
}
