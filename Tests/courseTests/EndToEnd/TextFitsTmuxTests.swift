import CourseTestSupport
import Foundation
import XCTest

/// In a real terminal at 60 and 100 columns, no line of check, hint, status, list or a lesson runs past
/// the edge (tmux's `capture-pane -J` joins the lines the terminal itself folded, so such a line would
/// show as too long), and a lesson is no wider than 100 columns on a wide terminal.
final class TextFitsTmuxTests: TmuxTestCase {
    let binary = TestSupport.courseBinary.path

    /// Every line of the joined screen, as the learner's program wrote it.
    func joinedLines(_ session: String) throws -> [String] {
        try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", session]).split(separator: "\n").map(String.init)
    }

    func testEveryScreenFitsTheTerminal() throws {
        for columns in [60, 100] {
            let root = try tinyCourse(stack: "stack-crash-in-pop.swift")
            let commands = ["check exercise-2", "hint exercise-2", "", "list --plain", "lesson 1 --no-pager", "check exercise-1", "reset exercise-1", "help install", "check exercise-9"]
            let script = commands.map { "'\(binary)' \($0)" }.joined(separator: "; ")
            let session = try start(script, in: root, columns: columns, rows: 400)
            let screen = try self.screen(session, until: "EXITED=")
            XCTAssertTrue(screen.contains("crashed at Exercises/exercise-2.swift:12:20"), screen)
            for line in try joinedLines(session) {
                XCTAssertLessThanOrEqual(line.count, columns, "\(columns) columns: \(line)")
            }
        }
    }

    func testALessonIsSetAtAReadableWidthOnAWideTerminal() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let long = String(repeating: "A sentence that goes on. ", count: 20)
        let lesson = root.appendingPathComponent("Lessons/01-first-steps.md")
        try (try String(contentsOf: lesson, encoding: .utf8) + "\n\n" + long + "\n").write(to: lesson, atomically: true, encoding: .utf8)
        let session = try start("'\(binary)' lesson 1 --no-pager", in: root, columns: 180, rows: 100)
        _ = try screen(session, until: "EXITED=")
        let widest = try joinedLines(session).map(\.count).max() ?? 0
        XCTAssertLessThanOrEqual(widest, 100)
        XCTAssertGreaterThan(widest, 90, "the lesson uses the readable width")
    }

    /// Issue 27, bug 4 and the 60-column lesson item: code is cut at the edge, never wrapped as prose,
    /// so a compiler snippet keeps its caret column and a lesson's code line keeps its indentation.
    func testCodeIsCutAtTheEdgeNeverWrapped() throws {
        let root = try tinyCourse(stack: "stack-compile-error.swift")
        let code = "    let identifierThatIsRatherLong = someFunctionName(withAnArgument: 1, andAnother: 2)"
        let lesson = root.appendingPathComponent("Lessons/01-first-steps.md")
        try (try String(contentsOf: lesson, encoding: .utf8) + "\n\n```swift\nfunc f() {\n\(code)\n}\n```\n").write(to: lesson, atomically: true, encoding: .utf8)
        let session = try start("'\(binary)' check exercise-2; '\(binary)' lesson 1 --no-pager", in: root, columns: 60, rows: 200)
        _ = try screen(session, until: "EXITED=")
        let lines = try joinedLines(session)
        let caret = try XCTUnwrap(lines.first { $0.contains("`- error") }, lines.joined(separator: "\n"))
        XCTAssertTrue(caret.hasPrefix("   |                          `- error"), "the caret keeps its column: \(caret)")
        XCTAssertTrue(caret.hasSuffix("…"), caret)
        XCTAssertFalse(lines.contains { $0.hasPrefix("type") || $0.contains("| let total") }, lines.joined(separator: "\n"))
        let shown = try XCTUnwrap(lines.first { $0.contains("let identifierThatIsRatherLong") }, lines.joined(separator: "\n"))
        XCTAssertTrue(shown.hasSuffix("…"), shown)
        XCTAssertTrue(shown.contains("    let identifierThatIsRatherLong"), "the indentation stays: \(shown)")
        XCTAssertFalse(lines.contains { $0.contains("andAnother") }, "no part of the code line wraps onto a line of its own")
        for line in lines { XCTAssertLessThanOrEqual(line.count, 60, line) }
    }
}
