@testable import CourseCLI
import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// The JSON of every command that has `--json`, run in process on a copy of the tiny course: the keys a
/// script reads are there. Checks run with a swiftc that fails at once (see `InProcessCommand`), so each
/// verdict is an error, but its shape is the shape of any verdict.
final class CommandJSONTests: XCTestCase {
    /// The commands with a `--json` flag, and the arguments that print it here.
    static let runs: [String: [String]] = [
        "list": ["list", "--json"],
        "check": ["check", "exercise-1", "--json", "--sandbox", "off"],
        "validate": ["validate", "--quick", "--json"],
    ]

    func testEveryCommandWithJSONIsCovered() {
        let withJSON = CommandRegistry.all.filter { $0.parameters.contains { $0.name == "--json" } }.map(\.name)
        XCTAssertEqual(Set(withJSON), Set(Self.runs.keys))
    }

    func testListJSON() throws {
        let course = try InProcessCommand.tinyCourse(self)
        let result = course.run(Self.runs["list"]!)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try InProcessCommand.keys(result.stdout), ["course", "done", "exercises", "total"])
        let exercises = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["exercises"] as? [[String: Any]])
        XCTAssertEqual(exercises.count, 4)
        XCTAssertEqual(Set(exercises[0].keys), ["id", "learner_file", "lesson", "lesson_title", "module", "solution", "status", "title"])
    }

    func testCheckJSONIsTheExercismFormat() throws {
        let course = try InProcessCommand.tinyCourse(self)
        let result = course.run(Self.runs["check"]!)
        XCTAssertEqual(result.status, 1, result.stderr)
        let keys = try InProcessCommand.keys(result.stdout)
        XCTAssertTrue(keys.isSuperset(of: ["version", "status", "message", "tests", "exercise", "duration_seconds"]), "\(keys)")

        let all = course.run(["check", "--all", "--json", "--sandbox", "off"])
        XCTAssertEqual(all.status, 1, all.stderr)
        XCTAssertEqual(try InProcessCommand.keys(all.stdout), ["course", "edition", "exercises", "max_score", "passed", "score", "total"])
        let exercises = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])?["exercises"] as? [[String: Any]])
        XCTAssertEqual(exercises.count, 4)
        XCTAssertTrue(Set(exercises[0].keys).isSuperset(of: ["exercise", "title", "status", "score", "max_score", "tests", "tests_passed"]),
                      "\(exercises[0].keys)")
    }

    func testValidateJSON() throws {
        let course = try InProcessCommand.tinyCourse(self)
        let sound = course.run(Self.runs["validate"]!)
        XCTAssertEqual(sound.status, 0, sound.stderr)
        XCTAssertEqual(try InProcessCommand.keys(sound.stdout), ["gradings", "ok", "problems", "seconds"])

        try Data("func broken(\n".utf8).write(to: course.folder.appendingPathComponent(Layout.learnerFile("exercise-2")))
        let broken = course.run(Self.runs["validate"]!)
        XCTAssertEqual(broken.status, 1, broken.stderr)
        let problems = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(broken.stdout.utf8)) as? [String: Any])?["problems"] as? [[String: Any]])
        XCTAssertEqual(problems.first.map { Set($0.keys) }, ["file", "line", "message"])
    }
}
