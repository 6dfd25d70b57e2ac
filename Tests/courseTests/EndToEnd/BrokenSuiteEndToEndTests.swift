import CourseTestSupport
import Foundation
import XCTest

/// A hidden suite that does not compile is the course's fault: `validate` names the hidden file and
/// line, `check` tells the learner it is not their code (exit 2), and `COURSE_KEEP_SCRATCH=1` keeps the logs.
final class BrokenSuiteEndToEndTests: EndToEndTestCase {
    let suite = "Tests/Hidden/exercise-2/tests/StackTests.swift"

    /// Line 6 of the suite gets a type error that no solution can fix.
    func breakSuite(_ root: URL) throws {
        var lines = try text(suite, in: root).components(separatedBy: "\n")
        XCTAssertEqual(lines[5].trimmingCharacters(in: .whitespaces), "stack.push(1)")
        lines[5] += "; let wrong: Int = \"oops\""
        try write(lines.joined(separator: "\n"), to: suite, in: root)
    }

    func testValidateNamesTheHiddenFileAndLineOnce() throws {
        let root = try tinyCopy()
        try breakSuite(root)
        let run = try course("validate", "exercise-2", in: root)
        assertStatus(run, 1)
        let lines = run.stdout.components(separatedBy: "\n").filter { $0.contains("does not compile against the reference solution") }
        XCTAssertEqual(lines.count, 1, "reported once, not once per grading: \(run.stdout)")
        XCTAssertTrue(run.stdout.contains("\(suite):6: the hidden suite does not compile against the reference solution (1 error); fix the test code"),
                      run.stdout)
        XCTAssertTrue(run.stdout.contains("\(suite):6: cannot convert value of type 'String' to specified type 'Int'"), run.stdout)
        // Without --jobs, one grading more than cores runs at once (as many as there are gradings, at most).
        let header = try XCTUnwrap(run.stderr.components(separatedBy: ", ").first { $0.contains(" gradings on ") }, run.stderr)
        let numbers = header.split(separator: " ").compactMap { Int($0) }
        XCTAssertEqual(numbers.count, 2, header)
        XCTAssertEqual(numbers.last, min(ProcessInfo.processInfo.activeProcessorCount + 1, numbers.first ?? 0), header)

        let json = try jsonObject(try course("validate", "exercise-2", "--json", in: root).stdout)
        let problem = try XCTUnwrap((json["problems"] as? [[String: Any]])?.first)
        XCTAssertEqual(problem["file"] as? String, suite)
        XCTAssertEqual(problem["line"] as? Int, 6)
    }

    func testCheckTellsTheLearnerItIsTheCourse() throws {
        let root = try tinyCopy()
        try breakSuite(root)
        try solve("exercise-2", in: root)
        let run = try course("check", "exercise-2", in: root)
        assertStatus(run, 2)
        XCTAssertTrue(run.stdout.contains("this is a problem with the course, not with your code"), run.stdout)
        XCTAssertTrue(run.stdout.contains("tell your instructor"), run.stdout)
        XCTAssertFalse(run.stdout.contains("oops"), "the hidden source is not shown to the learner: \(run.stdout)")
        XCTAssertFalse(run.stdout.contains("Your code compiles, but it does not fit"), run.stdout)
        let json = try course("check", "exercise-2", "--json", "--file", "Tests/Hidden/exercise-2/starter.swift", in: root)
        assertStatus(json, 2)
        XCTAssertEqual(try jsonObject(json.stdout)["error_kind"] as? String, "brokenSuite")
    }

    func testALearnerMismatchIsStillTheLearners() throws {
        let root = try tinyCopy()
        try write("struct Stack<Element> { mutating func push(_ x: Element) {} }\n", to: "Exercises/exercise-2.swift", in: root)
        let run = try course("check", "exercise-2", in: root)
        assertStatus(run, 1)
        XCTAssertTrue(run.stdout.contains("Your code compiles, but it does not fit what the tests expect"), run.stdout)
        // The suite was found sound against the solution once; later mismatches do not compile it again.
        let health = root.appendingPathComponent(".course/cache/suite-health")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: health.path).count, 1)
    }

    func testKeepScratchKeepsTheCompilerLogs() throws {
        let root = try tinyCopy()
        try breakSuite(root)
        let scratch = try TestSupport.temporaryFolder(self)
        let run = try course("validate", "exercise-2", "--jobs", "1", in: root, environment: ["COURSE_KEEP_SCRATCH": "1", "TMPDIR": scratch.path])
        assertStatus(run, 1)
        XCTAssertTrue(run.stdout.contains("COURSE_KEEP_SCRATCH=1: compiler logs kept in \(scratch.path)/course-check-"), run.stdout)
        let folders = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasPrefix("course-check-") }
        XCTAssertFalse(folders.isEmpty)
        let logs = folders.compactMap { try? String(contentsOfFile: scratch.path + "/\($0)/logs/suite.log", encoding: .utf8) }
        XCTAssertTrue(logs.contains { $0.contains("cannot convert value of type 'String' to specified type 'Int'") }, "\(logs)")
    }
}
