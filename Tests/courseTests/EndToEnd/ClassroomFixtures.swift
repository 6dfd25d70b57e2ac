import CourseTestSupport
import Foundation
import XCTest

/// The synthetic class the classroom tests grade.
extension EndToEndTestCase {
    /// The tiny course with a public test for exercise-2 beside its hidden suite.
    func classCourse() throws -> URL {
        let root = try tinyCopy()
        try write("""
            import XCTest

            final class StackPublicTests: XCTestCase {
                func testANewStackIsEmpty() {
                    XCTAssertEqual(Stack<Int>().count, 0, "a new stack holds nothing")
                }
            }
            """, to: "Tests/Hidden/exercise-2/public/StackPublicTests.swift", in: root)
        return root
    }

    /// alice: every solution; bob: the starters, as loose files; carol: a wrong stack; dave: a folder with no exercise
    /// files; erin: an endless loop in peek and a cheat (imports XCTest); frank.txt: not a folder; gina: a link to the
    /// instructor's solution.
    func makeClass(_ course: URL) throws -> URL {
        let submissions = try TestSupport.temporaryFolder(self).appendingPathComponent("submissions")
        let solution = { (id: String) in try self.text("Solutions/\(id).swift", in: course) }
        for id in ["exercise-1", "exercise-2", "exercise-3"] {
            try write(try solution(id), to: "alice/Exercises/\(id).swift", in: submissions)
            try write(try text("Exercises/\(id).swift", in: course), to: "bob/\(id).swift", in: submissions)
        }
        try write(try solution("exercise-2").replacingOccurrences(of: "return items.last", with: "return items.first"),
                  to: "carol/Exercises/exercise-2.swift", in: submissions)
        try write("notes, not code\n", to: "dave/README.md", in: submissions)
        try write(try solution("exercise-2").replacingOccurrences(of: "return items.last", with: "while true {}"),
                  to: "erin/Exercises/exercise-2.swift", in: submissions)
        try write("import XCTest\n" + (try solution("exercise-1")), to: "erin/Exercises/exercise-1.swift", in: submissions)
        try write("hello\n", to: "frank.txt", in: submissions)
        try FileManager.default.createDirectory(at: submissions.appendingPathComponent("gina/Exercises"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: submissions.appendingPathComponent("gina/Exercises/exercise-2.swift").path,
                                                   withDestinationPath: course.appendingPathComponent("Solutions/exercise-2.swift").path)
        return submissions
    }

    /// Gradescope's documented results.json (gradescope-autograders.readthedocs.io, "Autograder Specifications",
    /// "Output format"): only its keys, each of its type, and its words for status, visibility and formats.
    func assertGradescopeSchema(_ json: [String: Any], file: StaticString = #filePath, line: UInt = #line) throws {
        let topKeys: Set<String> = ["score", "execution_time", "output", "output_format", "test_output_format", "test_name_format",
                                    "visibility", "stdout_visibility", "extra_data", "tests", "leaderboard"]
        let testKeys: Set<String> = ["score", "max_score", "status", "name", "name_format", "number", "output", "output_format",
                                     "tags", "visibility", "extra_data"]
        let visibilities: Set<String> = ["hidden", "after_due_date", "after_published", "visible"]
        let formats: Set<String> = ["text", "html", "simple_format", "md", "ansi"]
        XCTAssertTrue(Set(json.keys).isSubset(of: topKeys), "unknown keys: \(Set(json.keys).subtracting(topKeys))", file: file, line: line)
        XCTAssertNotNil(json["score"] as? Double, "score", file: file, line: line)
        XCTAssertNotNil(json["execution_time"] as? Int, "execution_time is whole seconds", file: file, line: line)
        for key in ["output_format", "test_output_format", "test_name_format"] {
            XCTAssertTrue(formats.contains(json[key] as? String ?? ""), "\(key): \(json[key] ?? "absent")", file: file, line: line)
        }
        for key in ["visibility", "stdout_visibility"] {
            XCTAssertTrue(visibilities.contains(json[key] as? String ?? ""), "\(key)", file: file, line: line)
        }
        let tests = try XCTUnwrap(json["tests"] as? [[String: Any]], file: file, line: line)
        XCTAssertFalse(tests.isEmpty, file: file, line: line)
        for test in tests {
            XCTAssertTrue(Set(test.keys).isSubset(of: testKeys), "unknown keys: \(Set(test.keys).subtracting(testKeys))", file: file, line: line)
            XCTAssertNotNil(test["name"] as? String, file: file, line: line)
            XCTAssertNotNil(test["number"] as? String, file: file, line: line)
            let score = try XCTUnwrap(test["score"] as? Double, file: file, line: line)
            let max = try XCTUnwrap(test["max_score"] as? Double, file: file, line: line)
            XCTAssertTrue(score >= 0 && score <= max, "\(test)", file: file, line: line)
            XCTAssertEqual((score * 100).rounded() / 100, score, "whole hundredths: \(test)", file: file, line: line)
            XCTAssertTrue(["passed", "failed"].contains(test["status"] as? String ?? ""), "\(test)", file: file, line: line)
            XCTAssertTrue(visibilities.contains(test["visibility"] as? String ?? ""), "\(test)", file: file, line: line)
            if let output = test["output"] { XCTAssertNotNil(output as? String, file: file, line: line) }
        }
    }
}
