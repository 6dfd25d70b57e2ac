import CourseAuthoring
import CourseCLI
import CourseModel
import CourseTerminal
import CourseTestSupport
import XCTest

/// An instructor scaffolds a lesson and an exercise, fills them in, validates, and a learner checks it.
final class ScaffoldEndToEndTests: XCTestCase {
    func testScaffoldFillValidateAndCheckAsALearner() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let lesson = try TestSupport.runCourse(["new", "lesson", "Closures and captures", "--module", "Functions"], in: root)
        XCTAssertEqual(lesson.status, 0, lesson.stderr)
        XCTAssertTrue(lesson.stdout.contains("Created Lessons/04-closures-and-captures.md"), lesson.stdout)

        let exercise = try TestSupport.runCourse(["new", "exercise", "--lesson", "4", "--title", "Count the calls"], in: root)
        XCTAssertEqual(exercise.status, 0, exercise.stderr)
        XCTAssertTrue(exercise.stdout.contains("Created exercise-5 in lesson 4"), exercise.stdout)
        let lessonText = try String(contentsOf: root.appendingPathComponent("Lessons/04-closures-and-captures.md"), encoding: .utf8)
        XCTAssertTrue(lessonText.contains("exercises: exercise-5"), lessonText)
        XCTAssertTrue(lessonText.contains("module: Functions"), lessonText)

        let fresh = try TestSupport.runCourse(["validate", "exercise-5"], in: root)
        XCTAssertEqual(fresh.status, 1, "a template is not a course yet: \(fresh.stdout)\(fresh.stderr)")
        XCTAssertTrue(fresh.stdout.contains("Tests/Hidden/exercise-5/starter.swift:3: is still the template (answer5() returns 42)"), fresh.stdout)
        XCTAssertFalse(fresh.stdout.contains("does not pass"), "the template itself grades as it should: \(fresh.stdout)")
        // The template has one generated test against the reference, which the template's own solution passes.
        let generated = try String(contentsOf: root.appendingPathComponent("Tests/Hidden/exercise-5/tests/GeneratedExercise5Tests.swift"), encoding: .utf8)
        XCTAssertTrue(generated.contains("@testable import Reference") && generated.contains("forAll("), generated)
        let templatePass = try TestSupport.runCourse(["check", "exercise-5", "--file", "Solutions/exercise-5.swift"], in: root)
        XCTAssertTrue(templatePass.stdout.contains("2 of 2 tests passed"), templatePass.stdout)

        // Fill it in: a counter made by a closure.
        let starter = """
        // exercise-5: return a closure that counts how often it was called.
        func makeCounter() -> () -> Int {
            return { 0 }  // TODO
        }

        """
        let solution = """
        func makeCounter() -> () -> Int {
            var count = 0
            return { count += 1; return count }
        }

        """
        let suite = """
        import XCTest

        final class CounterTests: XCTestCase {
            func testEachCallCountsOneMore() {
                let next = makeCounter()
                XCTAssertEqual([next(), next(), next()], [1, 2, 3], "each call returns one more")
            }

            func testTwoCountersAreIndependent() {
                let a = makeCounter(), b = makeCounter()
                _ = a(); _ = a()
                XCTAssertEqual(b(), 1, "a second counter starts from its own zero")
            }
        }

        """
        let hidden = root.appendingPathComponent("Tests/Hidden/exercise-5")
        try FileManager.default.removeItem(at: hidden.appendingPathComponent("tests"))
        try FileManager.default.createDirectory(at: hidden.appendingPathComponent("tests"), withIntermediateDirectories: true)
        try suite.write(to: hidden.appendingPathComponent("tests/CounterTests.swift"), atomically: true, encoding: .utf8)
        try starter.write(to: hidden.appendingPathComponent("starter.swift"), atomically: true, encoding: .utf8)
        try starter.write(to: root.appendingPathComponent("Exercises/exercise-5.swift"), atomically: true, encoding: .utf8)
        try solution.write(to: root.appendingPathComponent("Solutions/exercise-5.swift"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: hidden.appendingPathComponent("wrong"), withIntermediateDirectories: true)
        try "func makeCounter() -> () -> Int {\n    var count = 0\n    return { count += 1; return 1 }\n}\n"
            .write(to: hidden.appendingPathComponent("wrong/always-one.swift"), atomically: true, encoding: .utf8)

        try #"{"title": "Count the calls", "hints": ["A closure can capture a variable."], "learned": "Closures capture variables."}"#
            .write(to: hidden.appendingPathComponent("exercise.json"), atomically: true, encoding: .utf8)
        let lessonURL = root.appendingPathComponent("Lessons/04-closures-and-captures.md")
        try lessonText.replacingOccurrences(of: "Say what this lesson teaches and why it matters, in a few sentences.",
                                            with: "A closure keeps the variables it uses alive.")
            .write(to: lessonURL, atomically: true, encoding: .utf8)

        let filled = try TestSupport.runCourse(["validate"], in: root)
        XCTAssertEqual(filled.status, 0, filled.stdout + filled.stderr)
        XCTAssertTrue(filled.stdout.contains("1 wrong solutions rejected") || filled.stdout.contains("4 wrong solutions rejected"), filled.stdout)

        let failing = try TestSupport.runCourse(["check", "exercise-5"], in: root)
        XCTAssertEqual(failing.status, 1)
        XCTAssertTrue(failing.stdout.contains("✗ each call counts one more"), failing.stdout)
        try solution.write(to: root.appendingPathComponent("Exercises/exercise-5.swift"), atomically: true, encoding: .utf8)
        let passing = try TestSupport.runCourse(["check", "exercise-5"], in: root)
        XCTAssertEqual(passing.status, 0, passing.stdout)
        XCTAssertTrue(passing.stdout.contains("2 of 2 tests passed."), passing.stdout)
    }

    func testNewNeedsToKnowWhatToCreate() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let cases: [([String], String)] = [
            (["new"], "say what to create"),
            (["new", "chapter"], "creates a lesson or an exercise, not 'chapter'"),
            (["new", "lesson"], "give the lesson's title in quotes"),
            (["new", "exercise"], "--lesson N"),
            (["new", "exercise", "--lesson", "9"], "There is no lesson '9'"),
        ]
        for (arguments, message) in cases {
            let run = try TestSupport.runCourse(arguments, in: root)
            XCTAssertEqual(run.status, 64, "\(arguments)")
            XCTAssertTrue(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
    }

    func testSlugsAreFileNameSafe() {
        let table: [(String, String)] = [
            ("Closures and captures", "closures-and-captures"),
            ("  C++ & Swift: FFI!  ", "c-swift-ffi"),
            ("Ünïcode title", "unicode-title"),
            ("Äpfel", "apfel"),
            ("Crème brûlée", "creme-brulee"),
            ("???", "lesson"),
        ]
        for (title, slug) in table { XCTAssertEqual(Scaffold.slug(title), slug, title) }
    }
}
