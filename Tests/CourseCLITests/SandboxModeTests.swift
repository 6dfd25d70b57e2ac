@testable import CourseCLI
import CourseGrading
import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// The sandbox mode is decided in one place, `Invocation.sandboxMode`: `--sandbox`, else `COURSE_SANDBOX`, else the
/// command's default (`course grade` asks for require).
final class SandboxModeTests: XCTestCase {
    private func invocation(_ arguments: [String], environment: [String: String] = [:]) throws -> Invocation {
        let context = CommandContext(stdout: CapturedText(), stderr: CapturedText(), environment: environment,
                                     workingDirectory: FileManager.default.temporaryDirectory.path)
        return Invocation(arguments: try ParsedArguments.parse(arguments), context: context)
    }

    func testTheOptionWinsOverTheVariableWhichWinsOverTheDefault() throws {
        XCTAssertEqual(try invocation(["check"]).sandboxMode(), .auto)
        XCTAssertEqual(try invocation(["grade"]).sandboxMode(default: .require), .require)
        XCTAssertEqual(try invocation(["grade"], environment: ["COURSE_SANDBOX": ""]).sandboxMode(default: .require), .require,
                       "an empty variable is not set")
        XCTAssertEqual(try invocation(["grade"], environment: ["COURSE_SANDBOX": "Off"]).sandboxMode(default: .require), .off)
        XCTAssertEqual(try invocation(["check", "--sandbox", "require"], environment: ["COURSE_SANDBOX": "off"]).sandboxMode(), .require)
    }

    func testAnUnknownVariableIsAUsageError() throws {
        let bad = try invocation(["check", "--sandbox", "off"], environment: ["COURSE_SANDBOX": "sometimes"])
        XCTAssertEqual(try bad.sandboxMode(), .off, "the option is enough")
        XCTAssertThrowsError(try invocation(["check"], environment: ["COURSE_SANDBOX": "sometimes"]).sandboxMode()) { error in
            XCTAssertEqual(error as? CourseError, .usage("COURSE_SANDBOX takes auto, require or off (not 'sometimes')"))
        }
    }
}
