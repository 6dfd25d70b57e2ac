@testable import CourseCLI
import CourseTestSupport
import Foundation
import XCTest

/// `course` run in this process through `CourseApp.run`, with its output captured. The environment names a
/// swiftc that fails at once (`false`), so nothing these tests run can compile: a check ends in a toolchain
/// error within milliseconds, which is enough for usage errors, help and the shape of JSON.
struct InProcessCommand {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder commands run in (a temporary copy of a course, or any folder).
    var folder: URL

    func run(_ arguments: [String]) -> Result {
        let out = CapturedText(), err = CapturedText()
        let environment = ["NO_COLOR": "1", "HOME": folder.path, "COURSE_SWIFTC": "false",
                           "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        let context = CommandContext(stdout: out, stderr: err, environment: environment, workingDirectory: folder.path)
        let status = CourseApp.run(arguments, context: context)
        return Result(status: status, stdout: out.text, stderr: err.text)
    }

    /// A temporary copy of the tiny example course.
    static func tinyCourse(_ test: XCTestCase) throws -> InProcessCommand {
        InProcessCommand(folder: try TestSupport.copyCourse(TestSupport.tinyCourse, test))
    }

    /// The top-level keys of a JSON object printed on stdout.
    static func keys(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return Set(try XCTUnwrap(object as? [String: Any], "not a JSON object: \(text.prefix(200))", file: file, line: line).keys)
    }
}
