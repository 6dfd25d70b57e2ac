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
}
