import CourseTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// What `course grade` writes around the verdicts, on the real binary: Gradescope's results.json in its documented
/// format, JUnit that says why, the student's own compile errors, and names that cannot reach a terminal or a
/// spreadsheet raw.
final class ClassroomOutputsEndToEndTests: EndToEndTestCase {
    /// exercise-1 does not compile (line 2), exercise-2 has a wrong peek (a hidden test fails), exercise-3 is right
    /// (three tests sharing one point).
    func gradescopeSubmission(_ course: URL) throws -> URL {
        let submission = try TestSupport.temporaryFolder(self).appendingPathComponent("submission")
        try write("func greet(_ name: String) -> String {\n    return name + 1\n}\n", to: "exercise-1.swift", in: submission)
        try write(try text("Solutions/exercise-2.swift", in: course).replacingOccurrences(of: "return items.last", with: "return items.first"),
                  to: "exercise-2.swift", in: submission)
        try write(try text("Solutions/exercise-3.swift", in: course), to: "exercise-3.swift", in: submission)
        return submission
    }

    func testGradescopeResultsFollowTheDocumentedFormatAndWithholdHiddenMessages() throws {
        let course = try classCourse()
        let submission = try gradescopeSubmission(course)
        let results = try TestSupport.temporaryFolder(self).appendingPathComponent("results")
        assertStatus(try self.course("grade", submission.path, "--format", "gradescope", "--out", results.path, "--exercises", "1-3",
                                     "--sandbox", "auto", in: course), 0)
        let json = try jsonObject(try text("results.json", in: results))
        try assertGradescopeSchema(json)
        let tests = try XCTUnwrap(json["tests"] as? [[String: Any]])
        // The parts add up exactly: 1 + 1 + 1 points, whatever the shares (a third each of exercise-3's point).
        XCTAssertEqual(tests.compactMap { $0["max_score"] as? Double }.reduce(0, +), 3, accuracy: 1e-9)
        XCTAssertEqual(tests.compactMap { $0["score"] as? Double }.reduce(0, +), try XCTUnwrap(json["score"] as? Double), accuracy: 1e-9)
        XCTAssertEqual(json["score"] as? Double, 1.75, "exercise-3's whole point and three of exercise-2's four tests")
        // A hidden test's message (what it expected) is withheld; when it is shown is up to the due date.
        let peek = try XCTUnwrap(tests.first { ($0["name"] as? String)?.contains("peek shows the top") == true })
        XCTAssertEqual(peek["status"] as? String, "failed")
        XCTAssertEqual(peek["visibility"] as? String, "after_due_date")
        XCTAssertFalse("\(peek["output"] ?? "")".contains("peek shows the last item pushed"), "\(peek)")
        // The student's own compile errors, with path, line and column.
        let output = try XCTUnwrap(json["output"] as? String)
        XCTAssertTrue(output.contains("submission/exercise-1.swift:2:"), output)
        XCTAssertTrue(output.contains("error:"), output)

        // Released, the hidden message is there and visible.
        let released = try TestSupport.temporaryFolder(self).appendingPathComponent("released")
        assertStatus(try self.course("grade", submission.path, "--format", "gradescope", "--out", released.path, "--exercises", "1-3",
                                     "--release-hidden", "--sandbox", "auto", in: course), 0)
        let again = try XCTUnwrap(try jsonObject(try text("results.json", in: released))["tests"] as? [[String: Any]])
        let shown = try XCTUnwrap(again.first { ($0["name"] as? String)?.contains("peek shows the top") == true })
        XCTAssertEqual(shown["visibility"] as? String, "visible")
        XCTAssertTrue("\(shown["output"] ?? "")".contains("peek shows the last item pushed"), "\(shown)")
    }

    func testJUnitAndFeedbackSayWhyAndNamesReachNoTerminalOrSpreadsheetRaw() throws {
        let course = try classCourse()
        let submissions = try TestSupport.temporaryFolder(self).appendingPathComponent("submissions")
        let solution = { (id: String) in try self.text("Solutions/\(id).swift", in: course) }
        try write("func greet(_ name: String) -> String {\n    return name + 1\n}\n", to: "carl/exercise-1.swift", in: submissions)
        try write(try solution("exercise-2"), to: "carl/exercise-2.swift", in: submissions)
        try write(try solution("exercise-2").replacingOccurrences(of: "return items.last", with: "while true {}"), to: "erin/exercise-2.swift", in: submissions)
        let title = "mal\u{1B}]0;pwned\u{07}"
        try write(try solution("exercise-1"), to: "\(title)/exercise-1.swift", in: submissions)
        try write(try text("Exercises/exercise-1.swift", in: course), to: "=HYPERLINK(1)/exercise-1.swift", in: submissions)
        try write("stray\n", to: "x\u{1B}[31m.txt", in: submissions)
        let out = try TestSupport.temporaryFolder(self).appendingPathComponent("grades")
        let run = try self.course("grade", submissions.path, "--out", out.path, "--junit", "--exercises", "1-2", "--sandbox", "auto", in: course)
        assertStatus(run, 0)
        XCTAssertFalse(run.stdout.contains("\u{1B}") || run.stderr.contains("\u{1B}"), "no raw escape reaches the terminal:\n\(run.stderr)")
        XCTAssertTrue(run.stderr.contains("x\\u{1B}[31m.txt"), run.stderr)

        // Every file, and every file's name, is free of control characters; a formula is defused.
        let files = (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String] ?? []).filter { !$0.hasPrefix("journal") }
        for file in files {
            XCTAssertFalse(file.unicodeScalars.contains { $0.value < 0x20 }, "a file name: \(file.debugDescription)")
            guard let data = FileManager.default.contents(atPath: out.appendingPathComponent(file).path) else { continue }
            XCTAssertFalse(data.contains(0x1B) || data.contains(0x07), "raw control characters in \(file)")
        }
        let csv = try text("gradebook.csv", in: out)
        XCTAssertTrue(csv.contains("mal\\u{1B}]0;pwned\\u{7},1,0,"), csv)
        XCTAssertTrue(csv.contains("'=HYPERLINK(1),0,0,"), csv)
        XCTAssertTrue(files.contains("feedback/mal\\u{1B}]0;pwned\\u{7}.md"), "\(files)")

        // JUnit: what never ran is an <error> with the build's reason and the student's compile errors; what did not
        // finish says so; every case and suite has a time.
        let junit = try XMLDocument(data: Data(try text("junit.xml", in: out).utf8))
        let carl = try junit.nodes(forXPath: "//testsuite[@name='carl.exercise-1']/testcase/error")
        XCTAssertEqual(carl.count, 2)
        XCTAssertEqual(try junit.nodes(forXPath: "//testsuite[@name='carl.exercise-1']/testcase/failure").count, 0)
        for node in carl {
            let message = (node as? XMLElement)?.attribute(forName: "message")?.stringValue ?? ""
            XCTAssertTrue(message.contains("carl/exercise-1.swift does not compile"), message)
            XCTAssertTrue(node.stringValue?.contains("carl/exercise-1.swift:2:") == true, node.stringValue ?? "")
        }
        let peek = try junit.nodes(forXPath: "//testsuite[@name='erin.exercise-2']/testcase[@name='peek shows the top without removing it']/error")
        let peekMessage = (peek.first as? XMLElement)?.attribute(forName: "message")?.stringValue ?? ""
        XCTAssertTrue(peekMessage.hasPrefix("a hidden test did not finish within 3 seconds"), peekMessage)
        XCTAssertEqual(try junit.nodes(forXPath: "//testcase[not(@time)]").count, 0)
        XCTAssertEqual(try junit.nodes(forXPath: "//testsuite[not(@time)]").count, 0)

        // The gradebook and the feedback carry the compile errors too.
        XCTAssertTrue(try text("gradebook.json", in: out).contains("carl/exercise-1.swift:2:"))
        XCTAssertTrue(try text("feedback/carl.md", in: out).contains("carl/exercise-1.swift:2:"))
        XCTAssertTrue(try text("feedback/erin.md", in: out).contains("(hidden): a hidden test did not finish within 3 seconds"))
    }
}
