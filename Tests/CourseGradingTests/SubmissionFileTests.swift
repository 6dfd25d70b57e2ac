@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// A learner file that cannot be graded gets a plain error naming the fix, before anything compiles.
final class SubmissionFileTests: XCTestCase {
    func grade(_ submission: URL) throws -> GradeReport {
        try TestSupport.grade(course: TestSupport.tinyCourse, exercise: "exercise-2", submission: submission)
    }

    func expected(_ message: String) -> GradeReport {
        GradeReport(exercise: "exercise-2", status: .error, errorKind: .unreadableSubmission, message: message)
    }

    func write(_ bytes: [UInt8], named name: String = "exercise-2.swift") throws -> URL {
        let url = try TestSupport.temporaryFolder(self).appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    static let emptyMessage = "Exercises/exercise-2.swift is empty. Write your solution in it, or run 'course reset exercise-2' to restore the starter."

    func testEmptyFile() throws {
        XCTAssertEqual(try grade(try write([])), expected(Self.emptyMessage))
    }

    func testWhitespaceOnlyFile() throws {
        XCTAssertEqual(try grade(try write(Array(" \n\t\r\n   \n".utf8))), expected(Self.emptyMessage))
    }

    func testNotUTF8() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("struct Stack<Element> {}\n".utf8)
        XCTAssertEqual(try grade(try write(bytes)),
                       expected("Exercises/exercise-2.swift is not UTF-8 text. Save it as UTF-8 in your editor and check again."))
    }

    func testMissingFile() throws {
        let url = try TestSupport.temporaryFolder(self).appendingPathComponent("exercise-2.swift")
        XCTAssertEqual(try grade(url),
                       expected("Exercises/exercise-2.swift does not exist. Run 'course reset exercise-2' to get the starter back."))
    }

    func testFolderInsteadOfFile() throws {
        let url = try TestSupport.temporaryFolder(self).appendingPathComponent("exercise-2.swift")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        XCTAssertEqual(try grade(url), expected("Exercises/exercise-2.swift is a folder, not a Swift file."))
    }

    func testHugeFile() throws {
        let line = Array("// padding padding padding padding padding padding padding padding padding\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count <= 4 << 20 { bytes += line }
        XCTAssertEqual(try grade(try write(bytes)), expected(
            "Exercises/exercise-2.swift is larger than 4 MB; an exercise solution is never that big. Check that it is the right file."))
    }
}
