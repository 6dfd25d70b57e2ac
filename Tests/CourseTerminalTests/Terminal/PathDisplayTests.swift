@testable import CourseTerminal
import XCTest

/// Paths as the learner types them from where they stand; commands as they type them before installing.
final class PathDisplayTests: XCTestCase {
    func testPathsAreRelativeToTheWorkingFolder() {
        let table: [(String, String, String)] = [
            ("/c", "Exercises/exercise-6.swift", "Exercises/exercise-6.swift"),
            ("/c/Exercises", "Exercises/exercise-6.swift", "exercise-6.swift"),
            ("/c/Exercises/", "Exercises/exercise-6.swift", "exercise-6.swift"),
            ("/c/Lessons", "Exercises/exercise-6.swift", "../Exercises/exercise-6.swift"),
            ("/c/a/b", "Exercises/x.swift", "../../Exercises/x.swift"),
            ("/elsewhere", "Exercises/x.swift", "/c/Exercises/x.swift"),
            ("/c2", "Exercises/x.swift", "/c/Exercises/x.swift"),
        ]
        for (here, path, expected) in table {
            XCTAssertEqual(PathDisplay(courseRoot: "/c", workingDirectory: here).show(path), expected, here)
        }
        XCTAssertEqual(PathDisplay.courseRoot.show("Exercises/x.swift"), "Exercises/x.swift")
    }

    func testStyleShowsPathsCommandsAndLinks() {
        let style = Style(color: false, program: "swift run course", paths: PathDisplay(courseRoot: "/c", workingDirectory: "/c/Exercises"))
        XCTAssertEqual(style.command("course check exercise-1"), "'swift run course check exercise-1'")
        XCTAssertEqual(style.command("course"), "'swift run course'")
        XCTAssertEqual(style.command("courses"), "'courses'")
        XCTAssertEqual(style.path("Exercises/a b.swift"), "a b.swift")
        XCTAssertEqual(style.paths(in: "Exercises/x.swift:3:1: error", "Exercises/x.swift"), "x.swift:3:1: error")
        var linked = style
        linked.links = true
        XCTAssertEqual(linked.path("Exercises/a b.swift"), "\u{1B}]8;;file:///c/Exercises/a%20b.swift\u{1B}\\a b.swift\u{1B}]8;;\u{1B}\\")
    }

    func testHyperlinksOnlyWhereTheTerminalSaysItSupportsThem() {
        XCTAssertFalse(Hyperlinks.supported([:]))
        XCTAssertFalse(Hyperlinks.supported(["TERM": "xterm-256color"]))
        XCTAssertTrue(Hyperlinks.supported(["TERM_PROGRAM": "vscode"]))
        XCTAssertTrue(Hyperlinks.supported(["VTE_VERSION": "6800"]))
        XCTAssertFalse(Hyperlinks.supported(["VTE_VERSION": "4600"]))
        XCTAssertFalse(Hyperlinks.supported(["TERM_PROGRAM": "vscode", "COURSE_LINKS": "0"]))
        XCTAssertTrue(Hyperlinks.supported(["COURSE_LINKS": "1"]))
    }
}
