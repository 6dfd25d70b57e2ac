@testable import CourseGrading
@testable import CourseProcess
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// Attacks from inside the test process, on its own memory and descriptors: the harness closes those doors
/// (CourseDoors.swift) before any learner code runs, in every sandbox mode. Each fixture is a real attack
/// that forges a full pass without the doors (checked by hand against a harness without them) and prints
/// how each of its steps ended; the wrong stack underneath must keep its exact verdict.
final class SelfTamperingTests: XCTestCase {
    typealias F = GradingFixtures

    func gradeStack(_ fixture: String, mode: SandboxMode) throws -> GradeReport {
        var grader = try TestSupport.grader()
        grader.sandboxMode = mode
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        return grader.grade(course: course, exercise: try course.exercise("exercise-2"), submission: F.submission(fixture),
                            displayPath: "Exercises/exercise-2.swift")
    }

    /// The attack's own account of each step, from the output of the first test that pushes.
    func attackLines(_ report: GradeReport) -> [String] {
        (F.result(report, F.pushThenPop)?.output ?? "").split(separator: "\n").filter { $0.hasPrefix("attack:") }.map(String.init)
    }

    func assertWrongStackFails(_ report: GradeReport, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(report.status, .fail, report.message ?? "", file: file, line: line)
        XCTAssertEqual(F.verdicts(report), ["\(F.pushThenPop) fail", "\(F.popEmpty) pass", "\(F.peek) fail"], file: file, line: line)
    }

    /// XCTest's failure recording patched to `ret`, found through /proc/self/maps and the library's symbol table:
    /// writing through /proc/self/mem is refused by Landlock, mapping a patched page over the code by mseal.
    func testPatchingXCTestsCodeIsRefused() throws {
        for mode in [SandboxMode.require, .off] {
            let report = try gradeStack("attack-patch-xctest.swift", mode: mode)
            assertWrongStackFails(report)
            XCTAssertEqual(attackLines(report), ["attack: /proc/self/mem refused (errno 13)",
                                                 "attack: mapping over XCTest's code refused (errno 1)"], "\(mode)")
        }
    }

    /// A pipe put on the channel's descriptor, relayed with edits from a SIGIO handler: dup2 onto the channel,
    /// F_SETOWN and O_ASYNC are all refused by the seccomp filter.
    func testSwappingTheResultChannelIsRefused() throws {
        for mode in [SandboxMode.require, .off] {
            let report = try gradeStack("attack-swap-channel.swift", mode: mode)
            assertWrongStackFails(report)
            XCTAssertEqual(attackLines(report), ["attack: F_SETOWN refused (errno 1)", "attack: O_ASYNC refused (errno 1)",
                                                 "attack: dup2 onto the channel refused (errno 1)"], "\(mode)")
        }
    }

    /// The tag is read with read(2), so stdin's stdio buffer never holds it; a scan of that buffer finds nothing.
    func testTheTagIsNotInStdinsBuffer() throws {
        for mode in [SandboxMode.require, .off] {
            let report = try gradeStack("attack-stdin-buffer.swift", mode: mode)
            assertWrongStackFails(report)
            XCTAssertEqual(attackLines(report), ["attack: no tag in stdin's buffer"], "\(mode)")
        }
    }

    /// Seen from inside: seccomp in filter mode, no_new_privs, the channel moved above 99, /proc/self/mem
    /// closed for writing. All hold on this machine (a kernel with Landlock and mseal), in both modes.
    func testTheDoorsAreClosedBeforeLearnerCodeRuns() throws {
        for mode in [SandboxMode.require, .off] {
            let report = try gradeStack("probe-doors.swift", mode: mode)
            XCTAssertEqual(report.status, .pass, report.message ?? "")
            let lines = (F.result(report, F.pushThenPop)?.output ?? "").split(separator: "\n").filter { $0.hasPrefix("doors:") }
            XCTAssertEqual(lines, ["doors: NoNewPrivs: 1", "doors: Seccomp: 2", "doors: channel above 99: true",
                                   "doors: /proc/self/mem for writing: refused"], "\(mode)")
        }
    }
}
