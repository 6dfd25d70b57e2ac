import CourseAuthoring
import CourseGrading
import CourseModel
import CourseTestSupport
import XCTest

/// Every validation problem, triggered on purpose, with its message.
final class ValidationProblemTests: XCTestCase {
    func copy() throws -> URL { try TestSupport.copyCourse(TestSupport.tinyCourse, self) }

    func problems(_ root: URL) throws -> [String] {
        CourseValidator(course: try CourseLoader.load(root: root), grader: nil).fileProblems().map(\.description)
    }

    func testTheTinyCourseHasNoProblems() throws {
        XCTAssertEqual(try problems(try copy()), [])
    }

    func testFileLevelProblemsNameTheFileAndTheFix() throws {
        typealias Breakage = (URL) throws -> Void
        let fm = FileManager.default
        let table: [(String, Breakage, String)] = [
            ("missing starter", { try fm.removeItem(at: $0.appendingPathComponent("Tests/Hidden/exercise-1/starter.swift")) },
             "Tests/Hidden/exercise-1/starter.swift: is missing: it is what 'course reset' restores; copy Exercises/exercise-1.swift there"),
            ("missing learner file", { try fm.removeItem(at: $0.appendingPathComponent("Exercises/exercise-1.swift")) },
             "Exercises/exercise-1.swift: is missing: copy Tests/Hidden/exercise-1/starter.swift there"),
            ("missing solution", { try fm.removeItem(at: $0.appendingPathComponent("Solutions/exercise-2.swift")) },
             "Solutions/exercise-2.swift: is missing: every exercise needs a reference solution"),
            ("starter differs", { try "// edited\n".write(to: $0.appendingPathComponent("Exercises/exercise-1.swift"), atomically: true, encoding: .utf8) },
             "Exercises/exercise-1.swift: differs from Tests/Hidden/exercise-1/starter.swift; the two must be the same file (copy the one you mean over the other, or run 'course validate --fix' to copy the newer over the older)"),
            ("no suite files", { try fm.removeItem(at: $0.appendingPathComponent("Tests/Hidden/exercise-1/tests")) },
             "Tests/Hidden/exercise-1/tests: has no .swift files: add a hidden XCTest or Swift Testing suite, e.g. Tests/Hidden/exercise-1/tests/exercise1Tests.swift"),
            ("no test methods", { try "import XCTest\nfinal class EmptyTests: XCTestCase {}\n".write(
                to: $0.appendingPathComponent("Tests/Hidden/exercise-1/tests/GreetTests.swift"), atomically: true, encoding: .utf8) },
             "Tests/Hidden/exercise-1/tests: has no test methods: write 'func testSomething()' inside a 'final class …: XCTestCase', or '@Test func something()' in a file that imports Testing"),
            ("suite imports the learner module", { root in
                let url = root.appendingPathComponent("Tests/Hidden/exercise-1/tests/GreetTests.swift")
                let text = try String(contentsOf: url, encoding: .utf8)
                try ("@testable import Submission\n" + text).write(to: url, atomically: true, encoding: .utf8) },
             "Tests/Hidden/exercise-1/tests/GreetTests.swift: imports the learner module itself; remove that line: the grader imports only the exercise's API, which keeps learner look-alikes of XCTest names out"),
            ("bad settings JSON", { try "{ \"title\": \"x\", ".write(to: $0.appendingPathComponent("Tests/Hidden/exercise-2/exercise.json"), atomically: true, encoding: .utf8) },
             "Tests/Hidden/exercise-2/exercise.json:1:17: not valid JSON: expected a key in double quotes, found the end of the file"),
            ("settings without hints", { try "{ \"title\": \"Stack\" }".write(to: $0.appendingPathComponent("Tests/Hidden/exercise-2/exercise.json"), atomically: true, encoding: .utf8) },
             "Tests/Hidden/exercise-2/exercise.json: missing key \"hints\""),
            ("misspelt settings key", { try "{ \"title\": \"Stack\", \"hints\": [\"a\"], \"timeout_second\": 3 }".write(to: $0.appendingPathComponent("Tests/Hidden/exercise-2/exercise.json"), atomically: true, encoding: .utf8) },
             "Tests/Hidden/exercise-2/exercise.json: unknown key \"timeout_second\". Did you mean \"timeout_seconds\"?"),
            ("orphan hidden folder", { try fm.createDirectory(at: $0.appendingPathComponent("Tests/Hidden/exercise-7"), withIntermediateDirectories: true) },
             "Tests/Hidden/exercise-7: is not listed by any lesson; add it to a lesson's 'exercises:' line"),
            ("badly named lesson", { try "---\ntitle: x\n---\n".write(to: $0.appendingPathComponent("Lessons/extra.md"), atomically: true, encoding: .utf8) },
             "Lessons/extra.md: lesson files are named NN-slug.md, e.g. 03-closures.md; rename this one"),
            ("duplicate lesson number", { try "---\ntitle: x\n---\nbody\n".write(to: $0.appendingPathComponent("Lessons/02-again.md"), atomically: true, encoding: .utf8) },
             "Lessons/02-calling-c.md: has the same number as Lessons/02-again.md, so it is left out; rename it to Lessons/04-calling-c.md (4 is the next free number)"),
            ("unclosed front matter", { try "---\ntitle: x\nbody without end\n".write(to: $0.appendingPathComponent("Lessons/03-open.md"), atomically: true, encoding: .utf8) },
             "Lessons/03-open.md:1: the front matter opened with '---' is never closed"),
            ("unknown front-matter key", { try "---\ntitle: x\nmodul: Basics\n---\nbody\n".write(to: $0.appendingPathComponent("Lessons/04-typo.md"), atomically: true, encoding: .utf8) },
             "Lessons/04-typo.md:3: unknown front-matter key 'modul'. Did you mean 'module'? Known: title, module, exercises"),
            ("lesson without front matter", { try "# Just a heading\n\nText.\n".write(to: $0.appendingPathComponent("Lessons/03-bare.md"), atomically: true, encoding: .utf8) },
             "Lessons/03-bare.md:1: has no front matter; start it with ---, title: …, module: …, exercises: exercise-N, ---"),
            ("empty lesson", { try "---\ntitle: Nothing yet\nexercises:\n---\n\n".write(to: $0.appendingPathComponent("Lessons/03-empty.md"), atomically: true, encoding: .utf8) },
             "Lessons/03-empty.md: is empty: write the lesson below the front matter"),
            ("exercise listed twice", { root in
                let url = root.appendingPathComponent("Lessons/02-calling-c.md")
                let text = try String(contentsOf: url, encoding: .utf8)
                try text.replacingOccurrences(of: "exercises: exercise-3", with: "exercises: exercise-3, exercise-1")
                    .write(to: url, atomically: true, encoding: .utf8) },
             "Lessons/02-calling-c.md:4: exercise-1 is already listed by Lessons/01-first-steps.md; each exercise belongs to one lesson"),
            ("not an exercise id", { root in
                let url = root.appendingPathComponent("Lessons/02-calling-c.md")
                let text = try String(contentsOf: url, encoding: .utf8)
                try text.replacingOccurrences(of: "exercises: exercise-3", with: "exercises: exercise-3, ex3")
                    .write(to: url, atomically: true, encoding: .utf8) },
             "Lessons/02-calling-c.md:4: 'ex3' is not an exercise id; ids look like exercise-3"),
        ]
        for (name, breakage, expected) in table {
            let root = try copy()
            try breakage(root)
            let found = try problems(root)
            XCTAssertTrue(found.contains { $0.hasPrefix(expected) || $0.contains(expected) }, "\(name): expected \(expected) in \(found)")
        }
    }

    func testGradingExpectationsAreJudged() {
        let pass = GradeReport(exercise: "exercise-1", status: .pass, tests: [
            .init(id: "T/testA", name: "a", status: .pass, message: nil, output: nil),
        ])
        let fail = GradeReport(exercise: "exercise-1", status: .fail, tests: [
            .init(id: "T/testA", name: "a", status: .fail, message: "XCTAssertEqual failed", output: nil),
        ])
        let compile = GradeReport.error("exercise-1", .compile, "Solutions/exercise-1.swift does not compile (1 error).")
        typealias Job = CourseValidator.Job
        let solution = Job(exercise: "exercise-1", path: "Solutions/exercise-1.swift", expectation: .passes)
        let starter = Job(exercise: "exercise-1", path: "Tests/Hidden/exercise-1/starter.swift", expectation: .doesNotPass)
        let wrong = Job(exercise: "exercise-1", path: "Tests/Hidden/exercise-1/wrong/x.swift", expectation: .failsATest)
        XCTAssertNil(CourseValidator.judge(solution, pass))
        XCTAssertEqual(CourseValidator.judge(solution, fail)?.description,
                       "Solutions/exercise-1.swift: the reference solution does not pass: \"a\" fails: XCTAssertEqual failed")
        XCTAssertNil(CourseValidator.judge(starter, fail))
        XCTAssertNil(CourseValidator.judge(starter, compile, starterCompiles: false), "a starter may fail to compile on purpose, when its settings say so")
        XCTAssertEqual(CourseValidator.judge(starter, compile)?.description,
                       "Tests/Hidden/exercise-1/starter.swift: the starter does not compile. If that is the lesson, say so in Tests/Hidden/exercise-1/exercise.json with \"starter_compiles\": false; otherwise make it compile, so a learner's first check reaches the tests")
        XCTAssertEqual(CourseValidator.judge(starter, fail, starterCompiles: false)?.description,
                       "Tests/Hidden/exercise-1/starter.swift: Tests/Hidden/exercise-1/exercise.json says \"starter_compiles\": false, but the starter compiles; remove that setting (or make the starter's deliberate compile error come back)")
        let mismatch = GradeReport.error("exercise-1", .apiMismatch, "greet(_:) is called by the tests but not declared")
        XCTAssertTrue(CourseValidator.judge(starter, mismatch, starterCompiles: false)?.description.contains("the starter does not fit the hidden suite") == true)
        XCTAssertEqual(CourseValidator.judge(starter, pass)?.description,
                       "Tests/Hidden/exercise-1/starter.swift: the starter already passes every test; leave something for the learner to do (or strengthen the suite)")
        XCTAssertNil(CourseValidator.judge(wrong, fail))
        XCTAssertEqual(CourseValidator.judge(wrong, pass)?.description,
                       "Tests/Hidden/exercise-1/wrong/x.swift: this wrong solution passes every test: the suite cannot tell it from a right one; add a test it fails")
        XCTAssertEqual(CourseValidator.judge(wrong, compile)?.description,
                       "Tests/Hidden/exercise-1/wrong/x.swift: this wrong solution does not get as far as the tests (Solutions/exercise-1.swift does not compile (1 error).); a wrong solution must compile and fail a test")
    }

    func testValidateReportsAWrongSolutionThatPassesThroughTheRealBinary() throws {
        let root = try copy()
        try FileManager.default.copyItem(at: root.appendingPathComponent("Solutions/exercise-1.swift"),
                                         to: root.appendingPathComponent("Tests/Hidden/exercise-1/wrong/actually-right.swift"))
        let run = try TestSupport.runCourse(["validate", "--jobs", "2"], in: root)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("Tests/Hidden/exercise-1/wrong/actually-right.swift: this wrong solution passes every test"), run.stdout)
        XCTAssertTrue(run.stderr.contains("[12/12] "), "progress is shown while checks run: \(run.stderr)")
    }

    func testNewerCourseFormatIsRefused() throws {
        let root = try copy()
        try "{\"format_version\": 2, \"title\": \"Future\"}".write(to: root.appendingPathComponent("course.json"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try CourseLoader.load(root: root)) { error in
            XCTAssertEqual(error as? CourseError, .courseFormatTooNew(found: 2, supported: 1))
        }
        let run = try TestSupport.runCourse(["validate", "--quick"], in: root)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("Update the tool"), run.stderr)
    }

    func testValidateJSONListsProblemsForTools() throws {
        let root = try copy()
        let sound = try TestSupport.runCourse(["validate", "--quick", "--json"], in: root)
        XCTAssertEqual(sound.status, 0)
        let ok = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sound.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(ok["ok"] as? Bool, true)
        XCTAssertEqual((ok["problems"] as? [Any])?.count, 0)

        try FileManager.default.removeItem(at: root.appendingPathComponent("Solutions/exercise-2.swift"))
        let broken = try TestSupport.runCourse(["validate", "--quick", "--json"], in: root)
        XCTAssertEqual(broken.status, 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(broken.stdout.utf8)) as? [String: Any])
        let problems = try XCTUnwrap(object["problems"] as? [[String: Any]])
        XCTAssertEqual(problems.map { $0["file"] as? String }, ["Solutions/exercise-2.swift"])
        XCTAssertEqual(problems.first?["message"] as? String, "is missing: every exercise needs a reference solution")
    }
}
