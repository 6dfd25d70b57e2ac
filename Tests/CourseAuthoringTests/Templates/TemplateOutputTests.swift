@testable import CourseAuthoring
import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// What `course init`, `course new lesson` and `course new exercise` write stays byte for byte what it was when the
/// templates were string literals: each file's SHA-256 was recorded from
/// main's binary at 0a7b188 (`course init`, `course new lesson`, `course new exercise` with these titles); `.gitignore`
/// as main writes it since 04aeb6b (`Layout.gitignore`: `.course/` and the editor's compile database).
final class TemplateOutputTests: XCTestCase {
    private func digests(_ files: [(path: String, text: String)]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: files.map { ($0.path, SHA256.hex(Data($0.text.utf8))) })
    }

    private func assertDigests(_ files: [(path: String, text: String)], _ expected: [String: String],
                               file: StaticString = #filePath, line: UInt = #line) {
        let actual = digests(files)
        XCTAssertEqual(actual.keys.sorted(), expected.keys.sorted(), file: file, line: line)
        for (path, digest) in actual.sorted(by: { $0.key < $1.key }) where expected[path] != digest {
            let text = files.first { $0.path == path }?.text ?? ""
            XCTFail("\(path) changed (\(digest)):\n\(text)", file: file, line: line)
        }
    }

    func testANewCourseIsWhatItWas() {
        assertDigests(NewCourseTemplate.files(title: "Swift \"from\" {{id}} \\(x)"), [
            ".gitignore": "28134c47a9f5f79109161db3713c93bf4dae35bdfed0429ee79e192d87b2eeba",
            "Exercises/exercise-1.swift": "923f53b82225fc39b7292ee240378c413b4b59209df3290b63282ace0ec7a0aa",
            "Lessons/01-first-steps.md": "d99ff6a56f303f24e0ea1eda7714632f32ba30ee98317cf71b23700016117bb3",
            "Solutions/exercise-1.swift": "12113e8180276f1d5ca3bcdfbb21763e6a31e17d3289504a0faaaea5129dbd0e",
            "Tests/Hidden/exercise-1/exercise.json": "88aafd7fe256121b721711db34634cf4ab0a52a107e5ab59e831d0607d1c0dd6",
            "Tests/Hidden/exercise-1/starter.swift": "923f53b82225fc39b7292ee240378c413b4b59209df3290b63282ace0ec7a0aa",
            "Tests/Hidden/exercise-1/tests/GreetTests.swift": "e28547b1d95978e0de72215f10795df33fc0b851d54d418b85b5958b80c3ec3e",
            "Tests/Hidden/exercise-1/wrong/forgets-punctuation.swift": "ae1a1b6d8d88347d46645788439390e59a3e8a7dc1d81476ed639eea455afed4",
            "course.json": "d0fc1dff1f126ee63f185fb770770f9dbc0eeb4ac3a9203236bc5cc1f0925433",
        ])
    }

    func testANewLessonAndExerciseAreWhatTheyWere() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let path = try Scaffold(course: try CourseLoader.load(root: root)).createLesson(title: "Loops \"and\" {{title}} \\(n)", module: "Control flow")
        let lesson = try CourseLoader.load(root: root).lessons.last!
        let id = try Scaffold(course: try CourseLoader.load(root: root)).createExercise(lesson: lesson, title: "Count \"to\" {{number}} \\(n)")
        let written = [path, Layout.learnerFile(id), Layout.starter(id), Layout.solution(id), Layout.settings(id),
                       "\(Layout.suite(id))/Exercise5Tests.swift", "\(Layout.suite(id))/GeneratedExercise5Tests.swift"]
        let files = try written.map { ($0, try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
        assertDigests(files, [
            "Lessons/04-loops-and-title-n.md": "89432a89da2f308bc21420110b7e5c4db6262dce29edfc2b6820c270660415ef",
            "Exercises/exercise-5.swift": "9bfca898c3fb058e170e61c00e1da4de9c4136386b9d33c141dba6c6fdcb3fa4",
            "Tests/Hidden/exercise-5/starter.swift": "9bfca898c3fb058e170e61c00e1da4de9c4136386b9d33c141dba6c6fdcb3fa4",
            "Solutions/exercise-5.swift": "0984f85f692c97c1e6a86f6b57acc09c678b45a45cc8647aedfe122b4e288c37",
            "Tests/Hidden/exercise-5/exercise.json": "8f7da5437190fa891d2c4147c33d76a4593c833655602112120f4ba452f836c5",
            "Tests/Hidden/exercise-5/tests/Exercise5Tests.swift": "13e113762085dffceecb8b803156d851fa47ef1b7629bc4e69a6cd40a8f4d6fd",
            "Tests/Hidden/exercise-5/tests/GeneratedExercise5Tests.swift": "6bef14fac8d94e24636ee9c0172e4aec0f11aa1429eb6b0ade1299532be2c8fa",
        ])
    }

    /// One pass: a value that looks like a placeholder stays as it is; a name without a value too.
    func testPlaceholdersAreFilledInOnePass() {
        XCTAssertEqual(Template.fill("// {{id}}: {{title}} {{other}} {{", ["id": "exercise-1", "title": "{{id}} \\(x)"]),
                       "// exercise-1: {{id}} \\(x) {{other}} {{")
    }
}
