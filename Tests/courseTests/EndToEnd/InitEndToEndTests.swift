import CourseTestSupport
import Foundation
import XCTest

/// An instructor's first course: `init` → `validate` → `new` → `validate` → `check --file`, on the real binary.
final class InitEndToEndTests: EndToEndTestCase {
    func testInitNewValidateAndCheckAFile() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let created = try course("init", "intro", "--title", "Intro to Swift", in: folder)
        assertStatus(created, 0)
        XCTAssertTrue(created.stdout.contains("Created the course \"Intro to Swift\" in intro (9 files), with lesson 1 and exercise-1."), created.stdout)
        let root = folder.appendingPathComponent("intro")
        XCTAssertEqual(try text(".gitignore", in: root), ".course/\n/Exercises/compile_commands.json\n")
        XCTAssertEqual(try jsonObject(try text("course.json", in: root))["title"] as? String, "Intro to Swift")

        let sound = try course("validate", in: root)
        assertStatus(sound, 0)
        XCTAssertTrue(sound.stdout.contains("The course is sound: 1 exercises, 1 solutions pass, 1 starters fail, 1 wrong solutions rejected"), sound.stdout)

        let again = try course("init", "intro", in: folder)
        assertStatus(again, 1)
        XCTAssertTrue(again.stderr.contains("already exists; 'course init' writes only into a folder without a course, and overwrites nothing"), again.stderr)

        let lesson = try course("new", "lesson", "Counting", in: root)
        assertStatus(lesson, 0)
        XCTAssertTrue(lesson.stdout.contains("Created Lessons/02-counting.md in module Basics (the module of the last lesson; choose another with --module NAME)"),
                      lesson.stdout)
        let other = try course("new", "lesson", "Memory", "--module", "Deeper", in: root)
        XCTAssertTrue(other.stdout.contains("Created Lessons/03-memory.md in module Deeper (as you asked)"), other.stdout)
        let exercise = try course("new", "exercise", "--lesson", "2", "--title", "Count up", in: root)
        assertStatus(exercise, 0)

        let template = try course("validate", "exercise-2", in: root)
        assertStatus(template, 1)
        XCTAssertTrue(template.stdout.contains("Tests/Hidden/exercise-2/starter.swift:3: is still the template (answer2() returns 42)"), template.stdout)
        XCTAssertTrue(template.stdout.contains("Lessons/02-counting.md:9: still says"), template.stdout)

        // Make it real: a counter, its suite, its settings and the two lessons' text.
        let starter = "// exercise-2: count from 1 to n.\nfunc countUp(to n: Int) -> [Int] {\n    return []  // TODO\n}\n"
        try write(starter, to: "Exercises/exercise-2.swift", in: root)
        try write(starter, to: "Tests/Hidden/exercise-2/starter.swift", in: root)
        try write("func countUp(to n: Int) -> [Int] {\n    n < 1 ? [] : Array(1...n)\n}\n", to: "Solutions/exercise-2.swift", in: root)
        try write("func countUp(to n: Int) -> [Int] {\n    Array(0..<n)\n}\n", to: "Tests/Hidden/exercise-2/wrong/starts-at-zero.swift", in: root)
        try FileManager.default.removeItem(at: root.appendingPathComponent("Tests/Hidden/exercise-2/tests/Exercise2Tests.swift"))
        try write("""
            import XCTest

            final class CountUpTests: XCTestCase {
                func testCountsFromOne() { XCTAssertEqual(countUp(to: 3), [1, 2, 3]) }
            }

            """, to: "Tests/Hidden/exercise-2/tests/CountUpTests.swift", in: root)
        // The scaffolded generated test, made to generate this function's input.
        let generated = try text("Tests/Hidden/exercise-2/tests/GeneratedExercise2Tests.swift", in: root)
        try write(generated.replacingOccurrences(of: "forAll(Gen.int(in: 0...100)) { _ in", with: "forAll(Gen.int(in: -5...100)) { n in")
                    .replacingOccurrences(of: "courseSame(Submission.answer2(), Reference.answer2(), \"answer2()\")",
                                          with: "courseSame(Submission.countUp(to: n), Reference.countUp(to: n), \"countUp(to: \\(n))\")"),
                  to: "Tests/Hidden/exercise-2/tests/GeneratedExercise2Tests.swift", in: root)
        try write(#"{"title": "Count up", "hints": ["A closed range 1...n."], "learned": "Ranges make sequences."}"#,
                  to: "Tests/Hidden/exercise-2/exercise.json", in: root)
        for path in ["Lessons/02-counting.md", "Lessons/03-memory.md"] {
            let lessonText = try text(path, in: root)
            try write(lessonText.replacingOccurrences(of: "Say what this lesson teaches and why it matters, in a few sentences.", with: "Ranges count."),
                      to: path, in: root)
        }
        let filled = try course("validate", "exercise-2", in: root)
        assertStatus(filled, 0)

        let check = try course("check", "exercise-2", "--file", "Solutions/exercise-2.swift", in: root)
        assertStatus(check, 0)
        XCTAssertTrue(check.stdout.contains("Graded Solutions/exercise-2.swift against exercise-2's tests; nothing was recorded in your progress."), check.stdout)
        let wrong = try course("check", "exercise-2", "--file", "Tests/Hidden/exercise-2/wrong/starts-at-zero.swift", in: root)
        assertStatus(wrong, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent(".course/progress.json").path))
        XCTAssertEqual(try text("Exercises/exercise-2.swift", in: root), starter)
    }
}
