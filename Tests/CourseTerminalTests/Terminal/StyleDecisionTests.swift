import CourseModel
import CourseTerminal
import CourseTestSupport
import XCTest

/// When output is coloured: `--color` wins, `auto` means a terminal without NO_COLOR or TERM=dumb.
final class StyleDecisionTests: XCTestCase {
    func testColourDecisionTable() {
        typealias C = ColorChoice
        let table: [(C, Bool, [String: String], Bool)] = [
            (.always, false, [:], true),
            (.always, true, ["NO_COLOR": "1"], true),
            (.never, true, [:], false),
            (.auto, true, [:], true),
            (.auto, false, [:], false),
            (.auto, true, ["NO_COLOR": "1"], false),
            (.auto, true, ["NO_COLOR": ""], true),
            (.auto, true, ["TERM": "dumb"], false),
        ]
        for (choice, terminal, environment, expected) in table {
            XCTAssertEqual(Style.decide(choice, isTerminal: terminal, environment: environment), expected,
                           "\(choice) terminal=\(terminal) \(environment)")
        }
    }

    func testPlainStyleAddsNoEscapes() {
        let plain = Style(color: false)
        XCTAssertEqual(plain.green("ok") + plain.bold("b") + plain.command("course next"), "okb'course next'")
        XCTAssertEqual(Style(color: true).green("ok"), "\u{1B}[32mok\u{1B}[0m")
    }

    func testColorAlwaysColoursPipedOutput() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let always = try TestSupport.runCourse(["list", "--color", "always"], in: root, environment: ["NO_COLOR": ""])
        XCTAssertTrue(always.stdout.contains("\u{1B}["), always.stdout)
        let auto = try TestSupport.runCourse(["list"], in: root, environment: ["NO_COLOR": ""])
        XCTAssertFalse(auto.stdout.contains("\u{1B}"), "piped output is plain text")
    }
}
