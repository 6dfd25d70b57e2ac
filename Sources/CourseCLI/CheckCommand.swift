import CourseGrading
import CourseModel
import CourseTerminal
import Foundation

/// `course check`: grade, record the attempt, print the verdict and the next step.
struct CheckCommand: Command {
    static let json = Parameter.flag("--json", "Print the Exercism test-runner results format (version 3) plus the exercise id and duration.")

    let name = "check"
    let summary = "Grade your exercise file against its hidden tests."
    let arguments = "[exercise-N]"
    let details = """
        Without an id, checks the current exercise (the first one not done). --all re-checks every exercise, \
        several at once (an unchanged file is answered from the cache), and ends with a table.
        Exit status: 0 when every test passes (with --all: every exercise), 2 when the course's hidden tests do not \
        compile (the course's fault, not yours), 1 otherwise.
        """
    static let all = Parameter.flag("--all", "Re-check every exercise, in parallel, and end with a summary table (with --json: every verdict and score).")
    static let file = Parameter.option("--file", value: "PATH",
                                       "Grade this file instead of your exercise file; nothing is recorded in your progress.")
    static let seed = Parameter.option("--seed", value: "N",
                                       "Run the generated test cases from seed N (a failure names the seed that shows it; default \(ExerciseInputs.defaultSeed)).")
    let parameters = [CheckCommand.json, CheckCommand.file, CheckCommand.all, CheckCommand.seed]

    /// The grader factory with `--seed` applied: a whole number from 0 up.
    static func graders(_ invocation: Invocation, for course: Course) throws -> GraderFactory {
        var graders = invocation.graders(for: course)
        if let text = invocation.arguments.value(of: seed) {
            guard let value = UInt64(text) else {
                throw CourseError.usage("--seed takes a whole number from 0 to \(UInt64.max) (not '\(text)')")
            }
            graders.seed = value
        }
        return graders
    }

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        defer { EditorSupport.refresh(course, invocation: invocation) }
        if invocation.arguments.has(Self.all) { return try checkAll(course, invocation: invocation) }
        try invocation.expectArguments(max: 1)
        let progress = invocation.progress(of: course)
        let exercise = try invocation.exercise(in: course, progress: try progress.load(), required: false)
        if course.edition == .learner, ExerciseInputs(course: course, exercise: exercise).tests.isEmpty {
            invocation.output.out("\(exercise.id) has no public tests in this learner edition: only your instructor's hidden tests grade it, "
                + "when your work is collected. Nothing to check here; keep \(exercise.learnerPath) compiling.")
            return 0
        }
        let report: GradeReport
        if let path = invocation.arguments.value(of: Self.file) {
            // An instructor trying a solution or a wrong answer: graded as a learner's file would be, recorded nowhere.
            let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: invocation.context.workingDirectory, isDirectory: true))
            let grader = try Self.graders(invocation, for: course).grader(withCache: false)
            report = grader.grade(course: course, exercise: exercise, submission: url.standardizedFileURL, displayPath: path)
        } else {
            // A sign of life on a terminal while the check runs (as in watch); the line is erased before the verdict.
            let alive = invocation.context.stdoutIsTerminal && !invocation.arguments.has(Self.json)
            if alive { invocation.output.raw(invocation.style.dim("Checking \(invocation.style.path(exercise.learnerPath))…")) }
            defer { if alive { invocation.output.raw("\r\u{1B}[K") } }
            report = try Self.gradeAndRecord(exercise, course: course, graders: Self.graders(invocation, for: course),
                                             progress: progress, now: invocation.context.now())
        }
        if invocation.arguments.has(Self.json) {
            invocation.output.out(String(decoding: try report.exercismJSON(), as: UTF8.self))
        } else {
            let next = course.nextStep(after: exercise, in: try progress.load())
            invocation.output.out(ReportView.render(report, exercise: exercise, next: next, style: invocation.style,
                                                    gradedFile: invocation.arguments.value(of: Self.file), edition: course.edition))
        }
        return Self.exitStatus(report)
    }

    /// 0 for a pass, 2 when the course is at fault (its suite does not compile), 1 otherwise.
    static func exitStatus(_ report: GradeReport) -> Int32 {
        if report.passed { return 0 }
        return report.errorKind == .brokenSuite ? 2 : 1
    }

    /// `--all`: every exercise, on every core, through the cache; every attempt recorded; a table at the end.
    func checkAll(_ course: Course, invocation: Invocation) throws -> Int32 {
        try invocation.expectArguments(max: 0)
        if invocation.arguments.value(of: Self.file) != nil {
            throw CourseError.usage("--all checks every exercise's own file: use it without --file")
        }
        let json = invocation.arguments.has(Self.json)
        let graders = try Self.graders(invocation, for: course), output = invocation.output
        let grader = try graders.grader()
        let total = course.exercises.count
        if invocation.context.stdoutIsTerminal && !json { output.out(output.style.dim("Checking \(total) exercises…")) }
        // In a learner edition an exercise without public tests has nothing to check until the instructor grades it.
        let exercises = course.edition == .learner
            ? course.exercises.filter { !ExerciseInputs(course: course, exercise: $0).tests.isEmpty } : course.exercises
        let reports = grader.gradeAll(course: course, exercises: exercises, workers: ProcessInfo.processInfo.activeProcessorCount)
        if let notice = graders.fallbackNotice(grader) { output.err(notice) }
        let progress = invocation.progress(of: course), now = invocation.context.now()
        try progress.update { progress in for report in reports { progress.record(report, at: now) } }
        let results = Array(zip(exercises, reports)).map { (exercise: $0, report: $1) }
        if json {
            output.out(try JSONOutput.text(CheckAllJSON(course: course, results: results)))
        } else {
            output.out(CheckAllView.render(results, style: output.style))
        }
        return reports.allSatisfy(\.passed) ? 0 : 1
    }

    /// Grades the learner's file and records the attempt; `course watch` calls this on every save.
    static func gradeAndRecord(_ exercise: Exercise, course: Course, graders: GraderFactory, progress: ProgressAccess,
                               now: Date) throws -> GradeReport {
        let grader = try graders.grader()
        let report = grader.grade(course: course, exercise: exercise, submission: course.url(exercise.learnerPath),
                                  displayPath: exercise.learnerPath)
        if let notice = graders.fallbackNotice(grader) { progress.output.err(notice) }
        try progress.update { $0.record(report, at: now) }
        return report
    }
}
