import CourseAuthoring
import CourseGrading
import CourseModel
import CourseTestSupport
import XCTest

/// The instructor mistakes of issue 14 that `validate --quick` finds without a compiler: each message
/// names the file, the line where there is one, and the fix.
final class InstructorMistakeTests: XCTestCase {
    func copy() throws -> URL { try TestSupport.copyCourse(TestSupport.tinyCourse, self) }

    func problems(_ root: URL) throws -> [String] {
        CourseValidator(course: try CourseLoader.load(root: root), grader: nil).fileProblems().map(\.description)
    }

    func append(_ text: String, to path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        let old = try String(contentsOf: url, encoding: .utf8)
        try (old + text).write(to: url, atomically: true, encoding: .utf8)
    }

    func write(_ text: String, to path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func testEachMistakeIsFoundWithFileLineAndFix() throws {
        let suite = "Tests/Hidden/exercise-1/tests/GreetTests.swift"  // 11 lines, ends with a newline
        let table: [(String, (URL) throws -> Void, [String])] = [
            ("a test method with a parameter", { try self.append("""
                final class MoreTests: XCTestCase {
                    func testEach(_ name: String) { XCTAssertEqual(greet(name), "Hello, \\(name)!") }
                }

                """, to: suite, in: $0) },
             ["\(suite):13: testEach takes parameters, so XCTest never runs it: a test method takes none. Remove the parameters (loop over the cases inside the test) or rename it if it is a helper"]),
            ("tests outside an XCTestCase subclass", { try self.append("""
                struct Helpers {
                    func testForgotten() { XCTFail() }
                    func testData() -> [String] { ["Ada"] }
                }
                func testAtTopLevel() {}

                """, to: suite, in: $0) },
             ["\(suite):13: testForgotten() is in Helpers, which does not inherit XCTestCase, so it never runs: move it into a 'final class …: XCTestCase'",
              "\(suite):16: testAtTopLevel() is outside any class, so it never runs: move it into a 'final class …: XCTestCase'"]),
            ("a custom operator in the API", { try self.append("""
                infix operator <+>: AdditionPrecedence
                func <+> (a: Int, b: Int) -> Int { a + b }

                """, to: "Solutions/exercise-2.swift", in: $0) },
             ["Solutions/exercise-2.swift:19: declares the custom operator `<+>`: the tests see the exercise's API through imports by name, which cannot bring in an operator. Use a named function or method instead",
              "Solutions/exercise-2.swift:20: declares the operator function `<+>` at top level, where the tests' imports by name cannot reach it. Declare it inside the type as 'static func <+>(…)'"]),
            ("a trailing comma in exercise.json", { try self.write("{\n  \"title\": \"Say hello\",\n  \"hints\": [\"a\",]\n}\n",
                                                                  to: "Tests/Hidden/exercise-1/exercise.json", in: $0) },
             ["Tests/Hidden/exercise-1/exercise.json:3:16: not valid JSON: trailing comma before ']': JSON allows none; remove it"]),
            ("a front-matter key typo", { try self.write("---\ntitle: More\nexercise: exercise-9\n---\nText.\n", to: "Lessons/04-more.md", in: $0) },
             ["Lessons/04-more.md:3: unknown front-matter key 'exercise'. Did you mean 'exercises'? Known: title, module, exercises"]),
            ("the same title twice", { root in
                try self.write("---\ntitle: Äpfel\n---\nText.\n", to: "Lessons/04-apfel.md", in: root)
                try self.write("---\ntitle: Äpfel\n---\nText.\n", to: "Lessons/05-apfel.md", in: root) },
             ["Lessons/05-apfel.md: has the same slug 'apfel' as Lessons/04-apfel.md, so 'course lesson apfel' cannot tell them apart: rename it, e.g. to Lessons/05-apfel-5.md"]),
            ("a non-ASCII lesson file name", { try self.write("---\ntitle: Äpfel\n---\nText.\n", to: "Lessons/04-äpfel.md", in: $0) },
             ["Lessons/04-äpfel.md: the file name is not plain ASCII, which some terminals and tools mangle: rename it to Lessons/04-apfel.md"]),
            ("a helper of the solution used by the suite", { root in
                try self.append("\nstruct CounterBox { var value = 0 }\n", to: "Solutions/exercise-2.swift", in: root)
                try self.append("\nfinal class BoxTests: XCTestCase {\n    func testBox() { XCTAssertEqual(CounterBox().value, 0) }\n}\n",
                                to: "Tests/Hidden/exercise-2/tests/StackTests.swift", in: root) },
             ["Tests/Hidden/exercise-2/tests/StackTests.swift:25: uses `CounterBox`, which only the reference solution declares: the learner's file is graded against the names the starter declares. Declare `CounterBox` in the starter Tests/Hidden/exercise-2/starter.swift (and Exercises/exercise-2.swift), or stop using it in the tests"]),
            ("a helper of the solution called as the oracle, Reference.helper, is no mistake", { root in
                try self.append("\nstruct CounterBox { var value = 0 }\n", to: "Solutions/exercise-2.swift", in: root)
                try self.write("import CourseHarness\n@testable import Reference\nimport XCTest\n\nfinal class BoxTests: XCTestCase {\n    func testBox() { XCTAssertEqual(Reference.CounterBox().value, 0) }\n}\n",
                               to: "Tests/Hidden/exercise-2/tests/GeneratedBoxTests.swift", in: root) },
             []),
            ("a starter name the solution lacks", { root in
                for path in ["Tests/Hidden/exercise-2/starter.swift", "Exercises/exercise-2.swift"] {
                    try self.append("\nfunc bump(_ stack: inout Stack<Int>) {\n    // TODO\n}\n", to: path, in: root)
                } },
             ["Tests/Hidden/exercise-2/starter.swift:20: declares `bump`, which the reference solution Solutions/exercise-2.swift lacks: the learner must write it, so the solution must too. Add it to the solution, or remove it from the starter (and Exercises/exercise-2.swift)"]),
        ]
        for (name, breakage, expected) in table {
            let root = try copy()
            try breakage(root)
            XCTAssertEqual(try problems(root), expected, name)
        }
    }

    func testUntouchedScaffoldIsReported() throws {
        let root = try copy()
        let course = try CourseLoader.load(root: root)
        let scaffold = Scaffold(course: course)
        let path = try scaffold.createLesson(title: "Closures", module: nil)
        let lesson = try CourseLoader.load(root: root).lesson("3")
        let id = try Scaffold(course: try CourseLoader.load(root: root)).createExercise(lesson: lesson, title: nil)
        XCTAssertEqual(path, "Lessons/04-closures.md")
        XCTAssertEqual(id, "exercise-5")
        XCTAssertEqual(try problems(root), [
            "Tests/Hidden/exercise-5/starter.swift:3: is still the template (answer5() returns 42): replace the template text from 'course new' with your own",
            "Solutions/exercise-5.swift:3: is still the template (answer5() returns 42): replace the template text from 'course new' with your own",
            "Tests/Hidden/exercise-5/tests/Exercise5Tests.swift:4: still has the template test testTheAnswerIsFortyTwo: replace the template text from 'course new' with your own",
            "Tests/Hidden/exercise-5/exercise.json:6: still says \"Replace this with what the learner now knows.\": replace the template text from 'course new' with your own",
            "Tests/Hidden/exercise-5/exercise.json:3: still says \"Read the TODO comment in the starter.\": replace the template text from 'course new' with your own",
            "Lessons/04-closures.md:9: still says \"Say what this lesson teaches and why it matters, in a few sentences.\": replace the template text from 'course new' with your own",
        ])
    }

    func testTheSameTitleTwiceGetsTwoSlugsFromNew() throws {
        let root = try copy()
        let first = try Scaffold(course: try CourseLoader.load(root: root)).createLesson(title: "Äpfel", module: nil)
        let second = try Scaffold(course: try CourseLoader.load(root: root)).createLesson(title: "Äpfel", module: nil)
        XCTAssertEqual([first, second], ["Lessons/04-apfel.md", "Lessons/05-apfel-5.md"])
    }

    func testAnEmptyCourseSaysHowToStart() throws {
        let root = try TestSupport.temporaryFolder(self)
        try write(#"{"format_version": 1, "title": "Empty"}"#, to: "course.json", in: root)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Lessons"), withIntermediateDirectories: true)
        XCTAssertEqual(try problems(root), [
            "Lessons: has no lessons: add one with 'course new lesson \"Title\"', then an exercise with 'course new exercise --lesson 1'",
        ])
    }

    func testATimeoutOfTheSolutionNamesTimeoutSeconds() {
        let job = CourseValidator.Job(exercise: "exercise-1", path: "Solutions/exercise-1.swift", expectation: .passes)
        let report = GradeReport(exercise: "exercise-1", status: .fail, tests: [
            .init(id: "T/testSlow", name: "slow", status: .error,
                  message: "did not finish within 5 seconds and was stopped. Look for a loop that never ends.", output: nil),
        ])
        XCTAssertEqual(CourseValidator.judge(job, report)?.description,
                       "Solutions/exercise-1.swift: the reference solution does not pass: \"slow\" errors: did not finish within 5 seconds and was stopped. "
                       + "Look for a loop that never ends.. If the solution is right but slow, raise \"timeout_seconds\" in Tests/Hidden/exercise-1/exercise.json "
                       + "(1 to 600 seconds); otherwise make the test or the solution faster")
    }

    func testATestThatPassesOnTheStarterIsReportedUnlessAllowed() throws {
        let root = try copy()
        let settings = "Tests/Hidden/exercise-2/exercise.json"
        let starter = CourseValidator.Job(exercise: "exercise-2", path: "Tests/Hidden/exercise-2/starter.swift", expectation: .doesNotPass)
        let allowed = CourseValidator(course: try CourseLoader.load(root: root), grader: try TestSupport.grader())
        XCTAssertEqual(allowed.run(starter), [], "the tiny course allows testPopOnAnEmptyStackIsNil in passes_on_starter")

        try write(#"{"title": "A generic stack", "hints": ["a"], "passes_on_starters": ["testPopOnAnEmptyStackIsNil"]}"#, to: settings, in: root)
        // A public test that passes on the starter is reported at its own file, in public/.
        try write("import XCTest\n\nfinal class StackPublicTests: XCTestCase {\n    func testANewStackHoldsNothing() {\n"
                  + "        XCTAssertEqual(Stack<Int>().count, 0)\n    }\n}\n",
                  to: "Tests/Hidden/exercise-2/public/StackPublicTests.swift", in: root)
        let course = try CourseLoader.load(root: root)
        XCTAssertEqual(course.problems.map(\.description),
                       ["Tests/Hidden/exercise-2/exercise.json: unknown key \"passes_on_starters\". Did you mean \"passes_on_starter\"?"])
        let validator = CourseValidator(course: course, grader: try TestSupport.grader())
        XCTAssertEqual(validator.run(starter).map(\.description), [
            "Tests/Hidden/exercise-2/tests/StackTests.swift:10: testPopOnAnEmptyStackIsNil passes on the starter, so it cannot tell a learner's work "
            + "from the starter: make it check what the learner must add, or, if passing on the starter is intended, list it in \"passes_on_starter\" "
            + "in Tests/Hidden/exercise-2/exercise.json",
            "Tests/Hidden/exercise-2/public/StackPublicTests.swift:4: testANewStackHoldsNothing passes on the starter, so it cannot tell a "
            + "learner's work from the starter: make it check what the learner must add, or, if passing on the starter is intended, list it in "
            + "\"passes_on_starter\" in Tests/Hidden/exercise-2/exercise.json",
        ])
    }
}
