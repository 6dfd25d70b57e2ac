@testable import CourseCLI
import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// `CourseApp.text(of:)` is the one wording of an error, for `present` and for a screen that shows one in place.
final class ErrorTextTests: XCTestCase {
    private let context = CommandContext(stdout: CapturedText(), stderr: CapturedText(), environment: ["PATH": "/usr/bin"],
                                         workingDirectory: FileManager.default.temporaryDirectory.path)

    func testAnErrorReadsAsItsMessageNotItsCase() {
        let error = CourseError.fileSystem(path: "Exercises/exercise-1.swift", reason: "could not be written")
        XCTAssertEqual(CourseApp.text(of: error, command: "hint", context: context), "Error: Exercises/exercise-1.swift: could not be written\n")
    }

    func testAUsageErrorCarriesItsCommandsUsage() {
        let text = CourseApp.text(of: .usage("name an exercise"), command: "hint", context: context)
        XCTAssertTrue(text.hasPrefix("Error: name an exercise\nUsage: course hint"), text)
        XCTAssertTrue(text.hasSuffix("See 'course hint --help'.\n"), text)
    }

    /// On a terminal a command in an error reads as on the screens: in colour, without quotes; piped, or with
    /// NO_COLOR, it keeps its quotes.
    func testCommandsInAnErrorLoseTheirQuotesOnATerminal() {
        let error = CourseError.fileSystem(path: "Exercises/exercise-1.swift", reason: "is missing; run 'course reset exercise-1'")
        var terminal = context
        terminal.stderrIsTerminal = true
        terminal.environment["TERM"] = "xterm-256color"
        let shown = CourseApp.text(of: error, command: "check", context: terminal)
        XCTAssertTrue(shown.contains("\u{1B}[1;36m"), shown)
        XCTAssertFalse(shown.contains("'"), shown)
        terminal.environment["NO_COLOR"] = "1"
        XCTAssertTrue(CourseApp.text(of: error, command: "check", context: terminal).contains("'"))
        XCTAssertTrue(CourseApp.text(of: error, command: "check", context: context).contains("'"), "piped: quoted")
    }
}
