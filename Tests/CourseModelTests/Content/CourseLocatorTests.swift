import CourseModel
import CourseTestSupport
import XCTest

final class CourseLocatorTests: XCTestCase {
    private func makeTree() throws -> (outside: URL, course: URL) {
        let outside = try TestSupport.temporaryFolder(self)
        let course = outside.appendingPathComponent("my-course")
        try FileManager.default.createDirectory(at: course.appendingPathComponent("Lessons"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: course.appendingPathComponent("Exercises/deep/er"), withIntermediateDirectories: true)
        return (outside, course)
    }

    func testFindsTheCourseFromItsRoot() throws {
        let (_, course) = try makeTree()
        XCTAssertEqual(try CourseLocator.locate(explicit: nil, workingDirectory: course.path).path, course.standardizedFileURL.path)
    }

    func testFindsTheCourseFromANestedFolder() throws {
        let (_, course) = try makeTree()
        let nested = course.appendingPathComponent("Exercises/deep/er").path
        XCTAssertEqual(try CourseLocator.locate(explicit: nil, workingDirectory: nested).path, course.standardizedFileURL.path)
    }

    func testOutsideAnyCourseThrowsCourseNotFound() throws {
        let (outside, _) = try makeTree()
        XCTAssertThrowsError(try CourseLocator.locate(explicit: nil, workingDirectory: outside.path)) { error in
            XCTAssertEqual(error as? CourseError, .courseNotFound(searchedFrom: outside.path))
            let message = (error as? CourseError)?.message ?? ""
            XCTAssertTrue(message.contains("No course found"), message)
            XCTAssertTrue(message.contains("--course"), message)
            XCTAssertEqual((error as? CourseError)?.exitCode, 1)
        }
    }

    func testLessonsMustBeAFolderWhenSearching() throws {
        let (outside, _) = try makeTree()
        let fake = outside.appendingPathComponent("fake")
        try FileManager.default.createDirectory(at: fake, withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: fake.appendingPathComponent("Lessons"))
        XCTAssertThrowsError(try CourseLocator.locate(explicit: nil, workingDirectory: fake.path)) { error in
            guard case .courseNotFound? = error as? CourseError else { return XCTFail("\(error)") }
        }
    }

    func testExplicitAbsolutePathWinsOverTheWorkingDirectory() throws {
        let (outside, course) = try makeTree()
        let other = try makeTree().course
        XCTAssertEqual(try CourseLocator.locate(explicit: other.path, workingDirectory: course.path).path,
                       other.standardizedFileURL.path)
        XCTAssertEqual(try CourseLocator.locate(explicit: course.path, workingDirectory: outside.path).path,
                       course.standardizedFileURL.path)
    }

    func testExplicitRelativePathIsResolvedAgainstTheWorkingDirectory() throws {
        let (outside, course) = try makeTree()
        XCTAssertEqual(try CourseLocator.locate(explicit: "my-course", workingDirectory: outside.path).path,
                       course.standardizedFileURL.path)
        let nested = course.appendingPathComponent("Exercises/deep").path
        XCTAssertEqual(try CourseLocator.locate(explicit: "../..", workingDirectory: nested).path,
                       course.standardizedFileURL.path)
    }

    func testExplicitMissingFolderIsAFileSystemError() throws {
        let (outside, _) = try makeTree()
        XCTAssertThrowsError(try CourseLocator.locate(explicit: "nope", workingDirectory: outside.path)) { error in
            XCTAssertEqual(error as? CourseError, .fileSystem(path: "nope", reason: "no such folder (given with --course)"))
        }
    }

    func testExplicitFolderWithoutLessonsIsNotACourse() throws {
        let (outside, _) = try makeTree()
        XCTAssertThrowsError(try CourseLocator.locate(explicit: outside.path, workingDirectory: "/")) { error in
            guard case .invalidCourse(let file, let reason)? = error as? CourseError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, outside.path)
            XCTAssertTrue(reason.contains("no Lessons/ folder"), reason)
        }
    }

    func testExplicitPathDoesNotSearchUpwards() throws {
        let (_, course) = try makeTree()
        let nested = course.appendingPathComponent("Exercises").path
        XCTAssertThrowsError(try CourseLocator.locate(explicit: nested, workingDirectory: "/")) { error in
            guard case .invalidCourse? = error as? CourseError else { return XCTFail("\(error)") }
        }
    }
}
