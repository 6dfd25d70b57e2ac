import CourseAuthoring
import CourseGrading
import CourseModel
import CourseTestSupport
import XCTest

/// The shipped curriculum, through the real grader: every reference solution passes, every starter
/// fails, every wrong solution fails a test, and every lesson names only exercises that exist.
/// It checks the curriculum's shape, never its wording, and never reads the learner's files in `Exercises/`.
final class CurriculumContentTests: XCTestCase {
    func testTheCurriculumHasTheRequiredShape() throws {
        let course = try CourseLoader.load(root: TestSupport.mainCourse)
        XCTAssertEqual(course.problems, [], "the curriculum's files have problems")
        XCTAssertGreaterThanOrEqual(course.lessons.count, 12)
        XCTAssertGreaterThanOrEqual(course.exercises.count, 24)
        XCTAssertFalse(course.modules.isEmpty)
        for module in course.modules { XCTAssertFalse(module.lessons.isEmpty, module.name) }
        XCTAssertEqual(course.exercises.map(\.id), (1...course.exercises.count).map { "exercise-\($0)" },
                       "exercises are numbered in learning order")
        for exercise in course.exercises {
            XCTAssertGreaterThanOrEqual(exercise.settings.hints.count, 2, "\(exercise.id) needs two or three hints")
            XCTAssertLessThanOrEqual(exercise.settings.hints.count, 3, "\(exercise.id) needs two or three hints")
        }
    }

    /// A reference solution keeps its starter's explanation: each `Solutions/exercise-K.swift` begins with
    /// the same header comment block (the leading `//` lines) as `Tests/Hidden/exercise-K/starter.swift`.
    /// What is true of the starter only ("This file compiles, but …") comes after that block.
    func testEverySolutionBeginsWithItsStartersHeader() throws {
        let course = try CourseLoader.load(root: TestSupport.mainCourse)
        func header(_ path: String) throws -> [Substring] {
            let text = try String(contentsOf: course.url(path), encoding: .utf8)
            return text.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("//") }.map { $0 }
        }
        for exercise in course.exercises {
            let starter = try header(exercise.starterPath)
            XCTAssertGreaterThan(starter.count, 1, "\(exercise.starterPath) has no explanatory header")
            XCTAssertEqual(try header(exercise.solutionPath), starter, "\(exercise.solutionPath) does not begin with its starter's header")
        }
    }

    /// Every exercise's files and settings are sound, and every exercise has a grading job for its reference,
    /// its starter and at least one wrong solution.
    func testEveryExerciseHasItsGradingJobsAndNoFileProblems() throws {
        let course = try CourseLoader.load(root: try TestSupport.pristineCopy(of: TestSupport.mainCourse, self))
        let validator = CourseValidator(course: course, grader: nil)
        XCTAssertEqual(validator.fileProblems().map(\.description), [])
        let jobs = validator.jobs()
        XCTAssertEqual(jobs.filter { $0.expectation == .passes }.count, course.exercises.count)
        XCTAssertEqual(jobs.filter { $0.expectation == .doesNotPass }.count, course.exercises.count)
        for exercise in course.exercises {
            XCTAssertTrue(jobs.contains { $0.exercise == exercise.id && $0.expectation == .failsATest }, "\(exercise.id) keeps no wrong solution")
        }
    }

    /// Graded on a pristine copy: the learner's own files in `Exercises/` never make this test fail. Five
    /// exercises that cover every kind the grader handles (a support Swift file, a C support module and a
    /// stateful type in lockstep, C exports loaded by Python, generated numeric cases, Swift 6 and TSan);
    /// the whole curriculum is graded by `course validate` and `Benchmarks/generated.py`, which take minutes.
    func testRepresentativeExercisesPassRejectTheirStartersAndEveryWrongSolution() throws {
        let course = try CourseLoader.load(root: try TestSupport.pristineCopy(of: TestSupport.mainCourse, self))
        let validator = CourseValidator(course: course, grader: try TestSupport.grader())
        let chosen: Set = ["exercise-3", "exercise-8", "exercise-12", "exercise-15", "exercise-17"]
        let jobs = validator.jobs().filter { chosen.contains($0.exercise) }
        XCTAssertEqual(Set(jobs.map(\.exercise)), chosen)
        let problems = validator.runAll(jobs, workers: ProcessInfo.processInfo.activeProcessorCount) { _, _, _, _ in }
        XCTAssertEqual(problems.flatMap { $0.map(\.description) }, [])
    }

    /// The learner edition checks only public tests: an exercise without one would check nothing there, and its
    /// GitHub Classroom recipe would give it no points. Read from the files, nothing compiled.
    func testEveryExerciseShipsAtLeastOnePublicTest() throws {
        let course = try CourseLoader.load(root: TestSupport.mainCourse)
        for exercise in course.exercises {
            let inputs = ExerciseInputs(course: course, exercise: exercise)
            XCTAssertFalse(inputs.publicTestIDs.isEmpty, "\(exercise.id) has no test in \(exercise.publicTestsPath)/")
            let (shipped, hidden) = (inputs.tests.filter { inputs.publicTestIDs.contains($0.id) }, inputs.tests.filter { !inputs.publicTestIDs.contains($0.id) })
            XCTAssertEqual(Set(shipped.map(\.methodName)).intersection(hidden.map(\.methodName)), [],
                           "\(exercise.id): a public test has the name of a hidden one")
        }
    }

    /// A suite's one-line helper that calls itself recurses until the stack runs out: every learner it should
    /// tell "expected … got …" reads "crashed: a bad memory access" instead, after a crash rerun (exercise 1's
    /// `same` did this, found by `Benchmarks/class_replay.py`). Read from the files, nothing compiled.
    func testNoOneLineHelperOfASuiteCallsItself() throws {
        let hidden = TestSupport.mainCourse.appendingPathComponent("Tests/Hidden")
        let files = try FileManager.default.subpathsOfDirectory(atPath: hidden.path).filter { $0.hasSuffix(".swift") && $0.contains("/tests/") }
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let lines = try String(contentsOf: hidden.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n")
            for (index, line) in lines.enumerated() where index + 2 < lines.count && line.hasSuffix("{")
                && lines[index + 2].trimmingCharacters(in: .whitespaces) == "}" {
                guard let name = line.firstMatch(of: /func (\w+)\(/)?.1 else { continue }
                XCTAssertFalse(lines[index + 1].contains("Self.\(name)(") || lines[index + 1].contains("self.\(name)("),
                               "\(file):\(index + 2): \(name) calls itself, with no way out")
            }
        }
    }

    func testALessonThatNamesAMissingExerciseIsAProblem() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let lesson = root.appendingPathComponent("Lessons/02-calling-c.md")
        let text = try String(contentsOf: lesson, encoding: .utf8)
        try text.replacingOccurrences(of: "exercises: exercise-3", with: "exercises: exercise-3, exercise-9")
            .write(to: lesson, atomically: true, encoding: .utf8)
        let course = try CourseLoader.load(root: root)
        XCTAssertEqual(course.problems.map(\.description), [
            "Lessons/02-calling-c.md:4: names exercise-9, but Tests/Hidden/exercise-9/exercise.json does not exist. "
                + "Create it (course new exercise --lesson 2) or remove exercise-9 from the lesson.",
        ])
    }
}
