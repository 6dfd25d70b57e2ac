@testable import CourseAuthoring
@testable import CourseGrading
@testable import CourseModel
@testable import CourseTerminal
import CourseTestSupport
import Foundation
import XCTest

/// Views are pure functions from values to text: tested here in-process, from tables.
final class ViewTests: XCTestCase {
    private let plain = Style(color: false)

    private func exercise(_ number: Int, lesson: Int = 1, title: String = "Title", hints: [String] = ["nudge", "push"],
                          learned: String? = nil) -> Exercise {
        Exercise(id: "exercise-\(number)", number: number, lessonNumber: lesson,
                 settings: ExerciseSettings(title: title, hints: hints, learned: learned))
    }

    private func course() -> Course {
        let lessons = [
            Lesson(number: 1, slug: "one", title: "One", module: "Basics", exerciseIDs: ["exercise-1", "exercise-2"],
                   path: "Lessons/01-one.md", body: "# One\n\nText."),
            Lesson(number: 2, slug: "two", title: "Two", module: "Interop", exerciseIDs: ["exercise-3"],
                   path: "Lessons/02-two.md", body: "Text."),
        ]
        return Course(root: URL(fileURLWithPath: "/nonexistent-course"), title: "Tiny", formatVersion: 1, lessons: lessons,
                      exercises: [exercise(1, title: "Say hello"), exercise(2, title: "A stack"), exercise(3, lesson: 2, title: "Call C")],
                      problems: [])
    }

    func testProgressBar() {
        let table: [(Int, Int, String)] = [
            (0, 0, "[--------------------] 0 of 0 exercises done (0%)"),
            (0, 4, "[--------------------] 0 of 4 exercises done (0%)"),
            (1, 4, "[#####---------------] 1 of 4 exercises done (25%)"),
            (1, 26, "[#-------------------] 1 of 26 exercises done (3%)"),
            (25, 26, "[###################-] 25 of 26 exercises done (96%)"),
            (1, 3, "[######--------------] 1 of 3 exercises done (33%)"),
            (4, 4, "[####################] 4 of 4 exercises done (100%)"),
        ]
        for (done, total, expected) in table {
            XCTAssertEqual(ProgressBar.line(done: done, total: total, style: plain), expected)
        }
        XCTAssertEqual(ProgressBar.line(done: 1, total: 2, style: Style(color: true), width: 2),
                       "[\u{1B}[32m#\u{1B}[0m\u{1B}[2m-\u{1B}[0m] 1 of 2 exercises done (50%)")
    }

    func testCheckReportEndsWithTheRightNextStep() {
        let passed = GradeReport(exercise: "exercise-1", status: .pass,
                                 tests: [.init(id: "T/testA", name: "a", status: .pass, message: nil, output: nil)])
        let failed = GradeReport(exercise: "exercise-1", status: .fail, tests: [
            .init(id: "T/testA", name: "a", status: .pass, message: nil, output: nil),
            .init(id: "T/testB", name: "b", status: .fail, message: "expected 2", output: "hi"),
        ])
        let compile = GradeReport(exercise: "exercise-1", status: .error, errorKind: .compile, message: "It does not compile.",
                                  compilerOutput: "Exercises/exercise-1.swift:1:1: error: x\n")
        let table: [(String, GradeReport, NextStep?, String)] = [
            ("pass with a next exercise", passed, NextStep(exercise: exercise(2)), """
             ✓ exercise-1: Say hello
               ✓ a

             1 of 1 tests passed.

             What you learned: greetings
             The reference solution is now available: 'course solution exercise-1'
             Next: 'course next' (then exercise-2)
             """),
            ("pass, last exercise", passed, nil, """
             ✓ exercise-1: Say hello
               ✓ a

             1 of 1 tests passed.

             What you learned: greetings
             The reference solution is now available: 'course solution exercise-1'
             Every exercise is done: you have finished the course. Run 'course list' to see your progress.
             """),
            ("one failure", failed, NextStep(exercise: exercise(2)), """
             ✗ exercise-1: Say hello
               ✓ a
               ✗ b
                   expected 2
                   printed:
                     hi

             1 of 2 tests passed.

             Next: 'course hint exercise-1' for a hint, then edit Exercises/exercise-1.swift and run 'course check exercise-1' again.
             """),
            ("compile error", compile, nil, """
             ✗ exercise-1: Say hello
             It does not compile.

             Exercises/exercise-1.swift:1:1: error: x

             Next: fix the first error above, then run 'course check exercise-1' again. Stuck? 'course hint exercise-1'
             """),
        ]
        for (name, report, next, expected) in table {
            let text = ReportView.render(report, exercise: exercise(1, title: "Say hello", learned: "greetings"), next: next, style: plain)
            XCTAssertEqual(text, expected, name)
        }
    }

    /// A command inside a grader's message is shown as every other command: in colour without quotes, as
    /// the learner types it; piped, quoted. An apostrophe in the prose is left alone.
    func testCommandsInTheGradersMessagesAreShownWithoutQuotesInColour() {
        let report = GradeReport(exercise: "exercise-1", status: .fail, tests: [
            .init(id: "T/testA", name: "the learner's a", status: .fail,
                  message: "for f(1), expected 2\nReproduce with 'course check exercise-1 --seed 1'. It's 'course' or 'courses'.", output: nil),
        ])
        let colour = Style(color: true, program: "swift run course")
        let text = ReportView.render(report, exercise: exercise(1), next: NextStep(exercise: exercise(2)), style: colour)
        XCTAssertTrue(text.contains("Reproduce with \u{1B}[1;36mswift run course check exercise-1 --seed 1\u{1B}[0m. "
            + "It's \u{1B}[1;36mswift run course\u{1B}[0m or 'courses'."), text)
        XCTAssertFalse(text.contains("'swift run course") || text.contains("'course ") || text.contains("'course'"), text)
        XCTAssertTrue(text.contains("the learner's a"), text)
        let piped = ReportView.render(report, exercise: exercise(1), next: nil, style: Style(color: false, program: "swift run course"))
        XCTAssertTrue(piped.contains("Reproduce with 'swift run course check exercise-1 --seed 1'. It's 'swift run course' or 'courses'."), piped)
        XCTAssertEqual(ListView.problemsNote(count: 2, style: colour),
                       "\u{1B}[33mNote: \u{1B}[0mthis course has 2 problem(s) in its files; an instructor can see them with "
                       + "\u{1B}[1;36mswift run course validate --quick\u{1B}[0m.")
    }

    /// After the last hint (or with none), no next step offers a hint: the lesson instead.
    func testNoHintIsOfferedOnceEveryHintWasSeen() {
        let failed = GradeReport(exercise: "exercise-1", status: .fail, tests: [
            .init(id: "T/testB", name: "b", status: .fail, message: "expected 2", output: nil),
        ])
        let compile = GradeReport(exercise: "exercise-1", status: .error, errorKind: .compile, message: "It does not compile.",
                                  compilerOutput: "Exercises/exercise-1.swift:1:1: error: x\n")
        let table: [(GradeReport, Exercise, Bool, String)] = [
            (failed, exercise(1), false, "Next: edit Exercises/exercise-1.swift and run 'course check exercise-1' again. "
                + "Stuck? You have seen every hint; re-read the lesson: 'course lesson 1'"),
            (failed, exercise(1, hints: []), false, "Next: edit Exercises/exercise-1.swift and run 'course check exercise-1' again. "
                + "Stuck? Re-read the lesson: 'course lesson 1'"),
            (compile, exercise(1), false, "Next: fix the first error above, then run 'course check exercise-1' again. "
                + "Stuck? You have seen every hint; re-read the lesson: 'course lesson 1'"),
            (failed, exercise(1), true, "Next: 'course hint exercise-1' for a hint, then edit Exercises/exercise-1.swift and run "
                + "'course check exercise-1' again."),
        ]
        for (report, exercise, hintsLeft, last) in table {
            let text = ReportView.render(report, exercise: exercise, next: nil, style: plain, hintsLeft: hintsLeft)
            XCTAssertEqual(text.split(separator: "\n").last.map(String.init), last)
            let watching = ReportView.render(report, exercise: exercise, next: nil, style: plain, watching: true, hintsLeft: hintsLeft)
            XCTAssertEqual(watching.contains("Press h"), hintsLeft, watching)
        }
        var progress = Progress()
        XCTAssertTrue(progress.hintsLeft(exercise(1)))
        progress["exercise-1"].hintsUsed = 2
        XCTAssertFalse(progress.hintsLeft(exercise(1)))
        XCTAssertFalse(progress.hintsLeft(exercise(1, hints: [])))
    }

    /// At 60 columns every `check --all` row fits on one line with its columns aligned (a build error's mark
    /// is as wide as a pass), a long title is cut with `…`, and a count of three digits keeps its column.
    func testCheckAllRowsStayAlignedAtSixtyColumns() {
        let long = exercise(10, title: "Read a performance target written as text, in fixed units")
        let tests = (0..<120).map { GradeReport.TestResult(id: "T/t\($0)", name: "t", status: .pass, message: nil, output: nil) }
        let results: [(exercise: Exercise, report: GradeReport)] = [
            (exercise(1, title: "Say hello"), GradeReport(exercise: "exercise-1", status: .pass, tests: Array(tests.prefix(2)))),
            (exercise(2, title: "A stack"), GradeReport(exercise: "exercise-2", status: .error, errorKind: .compile)),
            (long, GradeReport(exercise: "exercise-10", status: .pass, tests: tests)),
        ]
        let text = CheckAllView.render(results, style: plain, width: 60)
        let rows = text.split(separator: "\n").prefix(4).map(String.init)
        XCTAssertEqual(rows, [
            "exercise     result   tests    title",
            "exercise-1   ✓ pass   2/2      Say hello",
            "exercise-2   ! build  –        A stack",
            "exercise-10  ✓ pass   120/120  Read a performance target wr…",
        ])
        XCTAssertTrue(rows.allSatisfy { $0.count <= 60 && LineWrapper.wrap($0, width: 60) == $0 }, text)
    }

    func testStatusScreen() {
        let course = course()
        let one = ProgressSummary(states: ["exercise-1": .done, "exercise-2": .pending, "exercise-3": .pending], total: 3, currentID: "exercise-2")
        XCTAssertEqual(StatusView.render(title: "Tiny", summary: one, current: course.exercises[1], lesson: course.lessons[0], style: plain), """
            Tiny
            [######--------------] 1 of 3 exercises done (33%)

            Lesson 1: One  (Basics)
            Exercise: exercise-2, A stack
              edit   Exercises/exercise-2.swift

            Next: 'course next' to read the lesson, 'course check exercise-2' to check your work.
            All commands: 'course --help'

            """)
        let all = ProgressSummary(states: ["exercise-1": .done, "exercise-2": .done, "exercise-3": .done], total: 3, currentID: nil)
        XCTAssertEqual(StatusView.render(title: "Tiny", summary: all, current: nil, lesson: nil, style: plain), """
            Tiny
            [####################] 3 of 3 exercises done (100%)

            Every exercise is done. Well played! Review any lesson with 'course lesson N'.

            """)
    }

    func testListGroupsByModuleAndMarksTheCurrentExercise() {
        let summary = ProgressSummary(states: ["exercise-1": .done, "exercise-2": .changed, "exercise-3": .pending], total: 3,
                                      currentID: "exercise-3")
        XCTAssertEqual(ListView.render(course(), summary: summary, style: plain), """
            Tiny
            [######--------------] 1 of 3 exercises done (33%), 1 changed since it passed

            Module 1: Basics
              1. One  (one)
                 ✓ done     exercise-1   Say hello
                 ~ changed  exercise-2   A stack

            Module 2: Interop
              2. Two  (two)
                 • pending  exercise-3   Call C  ← you are here

            """)
    }

    func testLessonFooter() {
        let rows: [(Exercise, ExerciseState)] = [(exercise(1, title: "Say hello"), .done), (exercise(2, title: "A stack"), .changed)]
        XCTAssertEqual(LessonView.footer(rows, style: plain), """
            Your exercises for this lesson:
              ✓ exercise-1: Say hello (done)
                  edit   Exercises/exercise-1.swift
                  check  'course check exercise-1'
              ~ exercise-2: A stack
                  edit   Exercises/exercise-2.swift
                  check  'course check exercise-2'

            """)
        XCTAssertEqual(LessonView.footer([], style: plain), "Your exercises for this lesson:\n  (none: this lesson is reading only)\n")
    }

    func testLessonPageDropsTheFilesOwnFirstHeading() {
        let page = LessonView.render(course().lessons[0], width: 80, color: false)
        XCTAssertTrue(page.contains("Lesson 1: One"), page)
        XCTAssertFalse(page.contains("# One"), page)
        XCTAssertTrue(page.contains("Text."), page)
    }

    func testHints() {
        let table: [(Int, [String], String)] = [
            (1, ["nudge", "push"], "Hint 1 of 2 for exercise-1 (Title):\nnudge\n\nRun 'course hint exercise-1' again for a stronger hint.\n"),
            (2, ["nudge", "push"], "Hint 2 of 2 for exercise-1 (Title):\npush\n\nThat was the last hint. The reference solution unlocks once your solution passes.\n"),
            (0, [], "exercise-1 has no hints. Re-read the lesson with 'course lesson 1'.\n"),
        ]
        for (used, hints, expected) in table {
            XCTAssertEqual(HintView.render(exercise(1, hints: hints), used: used, style: plain), expected)
        }
    }

    func testValidateReport() {
        typealias Job = CourseValidator.Job
        let jobs = [Job(exercise: "exercise-1", path: "Solutions/exercise-1.swift", expectation: .passes),
                    Job(exercise: "exercise-1", path: "Tests/Hidden/exercise-1/wrong/off-by-one.swift", expectation: .failsATest)]
        let problem = CourseProblem(file: "Lessons/01-one.md", line: 3, "names exercise-9")
        let table: [(String, String)] = [
            (ValidateView.progressLine(count: 1, total: 2, job: jobs[0], problem: nil, style: plain), "[1/2] ✓ exercise-1 solution passes"),
            (ValidateView.progressLine(count: 2, total: 2, job: jobs[1], problem: problem, style: plain),
             "[2/2] ✗ exercise-1 wrong solution fails: off-by-one.swift"),
            (ValidateView.header(title: "Tiny", lessons: 2, exercises: 3, quick: true, gradings: 0, workers: 2),
             "Validating Tiny: 2 lessons, 3 exercises (files only)"),
            (ValidateView.header(title: "Tiny", lessons: 2, exercises: 3, quick: false, gradings: 1, workers: 2),
             "Validating Tiny: 2 lessons, 3 exercises, 1 gradings on 1 workers"),
            (ValidateView.verdict(problems: [], jobs: jobs, exercises: 3, quick: false, seconds: 1.25, style: plain),
             "✓ The course is sound: 3 exercises, 1 solutions pass, 0 starters fail, 1 wrong solutions rejected, in 1.2 s.\n"),
            (ValidateView.verdict(problems: [], jobs: [], exercises: 3, quick: true, seconds: 0, style: plain),
             "✓ The course is sound: 3 exercises (files only; run without --quick to grade).\n"),
            (ValidateView.verdict(problems: [problem], jobs: jobs, exercises: 3, quick: false, seconds: 0, style: plain),
             "✗ 1 problem found:\n  Lessons/01-one.md:3: names exercise-9\n"),
        ]
        for (actual, expected) in table { XCTAssertEqual(actual, expected) }
    }

    func testJSONHasUnescapedSlashesAndExplicitNulls() throws {
        let report = GradeReport(exercise: "exercise-1", status: .fail, tests: [
            .init(id: "T/testA", name: "a", status: .fail, message: nil, output: nil),
        ], seconds: 0.12345)
        let table: [(String, String, [String])] = [
            ("check", try JSONOutput.text(ExercismResult(report)),
             [#""test_id" : "T/testA""#, #""message" : null"#, #""output" : null"#, #""duration_seconds" : 0.123"#, #""version" : 3"#]),
            ("list", try JSONOutput.text(ListView.json(course(), summary: ProgressSummary(states: ["exercise-1": .done], total: 3, currentID: "exercise-2"))),
             [#""learner_file" : "Exercises/exercise-1.swift""#, #""done" : 1"#, #""status" : "done""#, #""lesson_title" : "Two""#]),
            ("validate", try JSONOutput.text(ValidateView.json(problems: [CourseProblem(file: "Lessons/01-one.md", "x")], gradings: 2, seconds: 1.234)),
             [#""file" : "Lessons/01-one.md""#, #""line" : null"#, #""ok" : false"#, #""seconds" : 1.23"#]),
            ("validate, a JSON syntax error", try JSONOutput.text(ValidateView.json(
                problems: [CourseProblem(file: "Tests/Hidden/exercise-1/exercise.json", line: 3, column: 16, "not valid JSON")], gradings: 0, seconds: 0)),
             [#""line" : 3"#, #""column" : 16"#]),
        ]
        for (name, text, fragments) in table {
            XCTAssertFalse(text.contains(#"\/"#), "\(name): \(text)")
            for fragment in fragments { XCTAssertTrue(text.contains(fragment), "\(name): \(fragment) in \(text)") }
        }
        let fromCache = try JSONSerialization.jsonObject(with: try JSONOutput.data(ExercismResult(GradeReport(
            exercise: "exercise-1", status: .error, errorKind: .compile, message: "no", compilerOutput: "out", fromCache: true)))) as? [String: Any]
        XCTAssertEqual(fromCache?["message"] as? String, "no\nout")
        XCTAssertEqual(fromCache?["error_kind"] as? String, "compile")
        XCTAssertEqual(fromCache?["cached"] as? Bool, true)
        let fresh = try JSONSerialization.jsonObject(with: try JSONOutput.data(ExercismResult(report))) as? [String: Any]
        XCTAssertNil(fresh?["cached"])
        XCTAssertNil(fresh?["message"])
        XCTAssertNil(fresh?["error_kind"])
        let located = try JSONOutput.text(ValidateView.json(problems: [CourseProblem(file: "a", line: 1, "x")], gradings: 0, seconds: 0))
        XCTAssertFalse(located.contains("column"), "column only when one column is at fault: \(located)")
    }
}
