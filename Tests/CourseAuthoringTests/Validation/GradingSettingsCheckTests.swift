import CourseAuthoring
import CourseModel
import CourseTestSupport
import XCTest

/// `validate` reads the grading settings: a misspelt weighted test, and public files without tests.
final class GradingSettingsCheckTests: XCTestCase {
    func testAMisspeltWeightAndAnEmptyPublicFileAreReported() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        try Data("{\"title\": \"A generic stack\", \"hints\": [\"h\"], \"test_weights\": {\"testPeekShowsTheTopWithoutRemovingIt\": 2, \"testPopOnAnEmtpyStackIsNil\": 3}}".utf8)
            .write(to: root.appendingPathComponent("Tests/Hidden/exercise-2/exercise.json"))
        let publicFolder = root.appendingPathComponent("Tests/Hidden/exercise-2/public")
        try FileManager.default.createDirectory(at: publicFolder, withIntermediateDirectories: true)
        try Data("import XCTest\n// examples to come\n".utf8).write(to: publicFolder.appendingPathComponent("Examples.swift"))
        let course = try CourseLoader.load(root: root)
        let messages = CourseValidator(course: course, grader: nil).fileProblems().map(\.description)
        XCTAssertTrue(messages.contains { $0.contains("Tests/Hidden/exercise-2/exercise.json") && $0.contains("\"testPopOnAnEmtpyStackIsNil\"")
            && $0.contains("Did you mean \"testPopOnAnEmptyStackIsNil\"") } , "\(messages)")
        XCTAssertFalse(messages.contains { $0.contains("testPeekShowsTheTopWithoutRemovingIt") }, "a real test name is fine")
        XCTAssertTrue(messages.contains { $0.contains("Tests/Hidden/exercise-2/public") && $0.contains("no test methods") }, "\(messages)")
    }
}
