import CourseGrading
import CourseModel
import CourseProcess
import Foundation

/// Checks a whole course for instructors: files and settings, then (unless quick) every starter,
/// reference solution and wrong solution through the real grader, in parallel.
public struct CourseValidator: Sendable {
    /// One grading job: a file that must pass or must fail.
    public struct Job: Equatable, Sendable {
        public enum Expectation: Equatable, Sendable {
            /// The reference solution: every test passes.
            case passes
            /// The starter: must not pass, and must compile against the suite (unless the settings say
            /// `"starter_compiles": false`: not compiling can be the lesson).
            case doesNotPass
            /// A wrong solution: must compile and fail at least one test.
            case failsATest
        }
        public var exercise: String
        public var path: String
        public var expectation: Expectation

        public init(exercise: String, path: String, expectation: Expectation) {
            self.exercise = exercise
            self.path = path
            self.expectation = expectation
        }
    }

    public var course: Course
    public var grader: Grader?

    public init(course: Course, grader: Grader?) {
        self.course = course
        self.grader = grader
    }

    /// File-level problems: no compiler needed.
    public func fileProblems() -> [CourseProblem] {
        var problems = course.problems
        let fm = FileManager.default
        func exists(_ path: String) -> Bool { fm.fileExists(atPath: course.url(path).path) }
        var ids = Set<String>()
        for exercise in course.exercises {
            if !ids.insert(exercise.id).inserted {
                problems.append(CourseProblem(file: exercise.hiddenPath, "\(exercise.id) is used twice"))
            }
            if !exists(exercise.learnerPath) {
                problems.append(CourseProblem(file: exercise.learnerPath, "is missing: copy \(exercise.starterPath) there (or run 'course validate --fix')"))
            }
            if !exists(exercise.starterPath) {
                problems.append(CourseProblem(file: exercise.starterPath, "is missing: it is what 'course reset' restores; copy \(exercise.learnerPath) there (or run 'course validate --fix')"))
            } else if exists(exercise.learnerPath),
                      RegularFile.contents(course.url(exercise.learnerPath).path) != RegularFile.contents(course.url(exercise.starterPath).path) {
                problems.append(CourseProblem(file: exercise.learnerPath,
                    "differs from \(exercise.starterPath); the two must be the same file (copy the one you mean over the other, or run 'course validate --fix' to copy the newer over the older)"))
            }
            if !exists(exercise.solutionPath) {
                problems.append(CourseProblem(file: exercise.solutionPath, "is missing: every exercise needs a reference solution"))
            }
            if exercise.settings.hints.isEmpty && exercise.settings.source == nil {  // imported exercises may have none
                problems.append(CourseProblem(file: exercise.settingsPath, "has no hints: add at least one to \"hints\""))
            }
            let inputs = ExerciseInputs(course: course, exercise: exercise)
            problems += GradingSettingsCheck.problems(exercise, inputs: inputs)
            if inputs.suiteFiles.isEmpty {
                problems.append(CourseProblem(file: exercise.suitePath, "has no .swift files: add a hidden XCTest or Swift Testing suite, e.g. \(exercise.suitePath)/\(exercise.id.replacingOccurrences(of: "-", with: ""))Tests.swift"))
            } else if inputs.tests.isEmpty {
                problems.append(CourseProblem(file: exercise.suitePath,
                    "has no test methods: write 'func testSomething()' inside a 'final class …: XCTestCase', or '@Test func something()' in a file that imports Testing"))
            }
            problems += StaticChecks.problems(course: course, inputs: inputs)
            for (path, source) in zip(inputs.suiteFiles, inputs.suiteSources) where source.contains("import \(BuildPlan.learnerModule)") {
                let relative = exercise.suitePath + "/" + URL(fileURLWithPath: path).lastPathComponent
                problems.append(CourseProblem(file: relative,
                    "imports the learner module itself; remove that line: the grader imports only the exercise's API, which keeps learner look-alikes of XCTest names out"))
            }
        }
        problems += StaticChecks.problems(course: course)
        if course.lessons.isEmpty {
            problems.append(CourseProblem(file: Layout.lessons, "has no lessons: add one with 'course new lesson \"Title\"', then an exercise with 'course new exercise --lesson 1'"))
        } else if course.exercises.isEmpty && course.broken.isEmpty {
            problems.append(CourseProblem(file: Layout.lessons, "no lesson lists an exercise: add one with 'course new exercise --lesson \(course.lessons[0].number)'"))
        }
        for lesson in course.lessons where lesson.exerciseIDs.isEmpty && lesson.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(CourseProblem(file: lesson.path, "is empty: write the lesson below the front matter"))
        }
        return problems
    }

    /// The grading jobs: each starter, reference solution and wrong solution.
    public func jobs() -> [Job] {
        var jobs: [Job] = []
        let fm = FileManager.default
        for exercise in course.exercises {
            if fm.fileExists(atPath: course.url(exercise.solutionPath).path) {
                jobs.append(Job(exercise: exercise.id, path: exercise.solutionPath, expectation: .passes))
            }
            if fm.fileExists(atPath: course.url(exercise.starterPath).path) {
                jobs.append(Job(exercise: exercise.id, path: exercise.starterPath, expectation: .doesNotPass))
            }
            let wrong = ((try? fm.contentsOfDirectory(atPath: course.url(exercise.wrongPath).path)) ?? []).sorted()
            for name in wrong where name.hasSuffix(".swift") {
                jobs.append(Job(exercise: exercise.id, path: exercise.wrongPath + "/" + name, expectation: .failsATest))
            }
        }
        return jobs
    }

    /// Runs one job; returns the problems if the file did not behave as expected (for a starter, also
    /// each test that passes on it).
    public func run(_ job: Job) -> [CourseProblem] { graded(job).problems }

    /// `run`, with the report the grading gave (nil without a grader).
    public func graded(_ job: Job) -> (problems: [CourseProblem], report: GradeReport?) {
        guard var grader, let exercise = try? course.exercise(job.exercise) else { return ([], nil) }
        // A wrong solution is judged by whether a test fails: the first failure settles it (no test re-run alone,
        // no crash located). Solutions and starters run every test: their reports list what passed.
        grader.oneFailureSuffices = job.expectation == .failsATest
        // Which tests fail is the whole answer for every job: no counterexample is shrunk (a starter fails most
        // generated tests, and each shrink is up to 400 more runs of the property).
        grader.shrinksCounterexamples = false
        let report = grader.grade(course: course, exercise: exercise, submission: course.url(job.path), displayPath: job.path)
        // An imported exercise's stub (Exercism's) often declares only part of the API and need not compile: the
        // learner writes the rest. Its contract is the example's (`ExerciseInputs.api`), so only authored
        // exercises are held to a starter that fits the suite and compiles.
        let imported = exercise.settings.source != nil
        var problems = Self.judge(job, report, starterCompiles: imported ? nil : exercise.settings.starterCompiles, starterMustFit: !imported)
            .map { [$0] } ?? []
        if job.expectation == .doesNotPass {
            problems += StarterStrength.problems(course: course, exercise: exercise, starterReport: report)
        }
        return (problems, report)
    }

    /// Whether a report meets a job's expectation, as a problem that says how to fix it. For a starter:
    /// `starterCompiles` says whether it must compile (true), must not (false, the lesson), or either (nil);
    /// `starterMustFit`, whether its declarations must fit what the suite calls.
    public static func judge(_ job: Job, _ report: GradeReport, starterCompiles: Bool? = true, starterMustFit: Bool = true) -> CourseProblem? {
        if report.errorKind == .brokenSuite {
            // Whatever file was graded, the suite is at fault: the problem is in the suite, where its first error is.
            let first = report.diagnostics.first
            return CourseProblem(file: first?.file ?? job.path, line: first.flatMap { $0.line > 0 ? $0.line : nil },
                                 report.courseDetail ?? report.message ?? "the hidden suite does not compile")
        }
        switch job.expectation {
        case .passes:
            guard !report.passed else { return nil }
            var text = "the reference solution does not pass: " + summary(report)
            if report.tests.contains(where: { $0.message?.contains(TestRun.timeoutPhrase) == true }) {
                // Learner advice ("a loop that never ends") does not help the author of a slow but right solution.
                let range = Limits.standard.testTimeoutRange
                text += ". If the solution is right but slow, raise \"timeout_seconds\" in \(Layout.settings(job.exercise)) "
                    + "(\(Limits.number(range.lowerBound)) to \(Limits.number(range.upperBound)) seconds); otherwise make the test or the solution faster"
            }
            return CourseProblem(file: job.path, text)
        case .doesNotPass:
            let settings = Layout.settings(job.exercise)
            if report.errorKind == .apiMismatch && starterMustFit {
                return CourseProblem(file: job.path, "the starter does not fit the hidden suite, so a learner who fills in its bodies can never "
                    + "pass: \(report.message ?? "the suite calls names the starter does not declare"). Declare in the starter what the suite "
                    + "calls, with the same names, argument labels and types")
            }
            if report.errorKind == .compile && starterCompiles == true {
                let first = report.diagnostics.first.map { " (line \($0.line): \($0.message))" } ?? ""
                return CourseProblem(file: job.path, line: report.diagnostics.first.map(\.line),
                    "the starter does not compile\(first). If that is the lesson, say so in \(settings) with \"starter_compiles\": false; "
                    + "otherwise make it compile, so a learner's first check reaches the tests")
            }
            if starterCompiles == false && report.errorKind == nil {
                return CourseProblem(file: job.path, "\(settings) says \"starter_compiles\": false, but the starter compiles; "
                    + "remove that setting (or make the starter's deliberate compile error come back)")
            }
            guard report.passed else { return nil }
            return CourseProblem(file: job.path, "the starter already passes every test; leave something for the learner to do (or strengthen the suite)")
        case .failsATest:
            if report.status == .fail && report.tests.contains(where: { $0.status != .pass }) { return nil }
            if report.passed {
                return CourseProblem(file: job.path, "this wrong solution passes every test: the suite cannot tell it from a right one; add a test it fails")
            }
            return CourseProblem(file: job.path, "this wrong solution does not get as far as the tests (\(summary(report))); a wrong solution must compile and fail a test")
        }
    }

    static func summary(_ report: GradeReport) -> String {
        if report.status == .error, report.tests.isEmpty {
            let detail = report.diagnostics.first.map { " first error: line \($0.line): \($0.message)" } ?? ""
            // Every line of the message: an API mismatch lists its reasons below its first line.
            let lines = (report.message ?? "error").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let keep = report.courseDetail.map { "\n" + $0 } ?? ""
            return (lines.first.map { ([$0] + lines.dropFirst()).joined(separator: " ") } ?? "error") + detail + keep
        }
        let failing = report.tests.filter { $0.status != .pass }
        return failing.prefix(3).map { "\"\($0.name)\" \($0.status.rawValue)s: \(($0.message ?? "").split(separator: "\n").first ?? "")" }
            .joined(separator: "; ")
    }

    /// The order jobs start in: every reference solution first, so each exercise's suite object is compiled
    /// once for the solution's interface and the starter and wrong solutions that share it reuse it. Among
    /// them, the first of each harness `flavor` leads, so the workers build the different harness modules side
    /// by side instead of waiting for one.
    static func schedule(_ jobs: [Job], flavor: (Job) -> String = { _ in "" }) -> [Int] {
        let solutions = jobs.indices.filter { jobs[$0].expectation == .passes }
        var seen = Set<String>()
        let leading = solutions.filter { seen.insert(flavor(jobs[$0])).inserted }
        return leading + solutions.filter { !leading.contains($0) } + jobs.indices.filter { jobs[$0].expectation != .passes }
    }

    /// Which harness module a job's grading needs: its test frameworks' defines and the exercise's Swift flags.
    func harnessFlavor(_ job: Job) -> String {
        guard let grader, let exercise = try? course.exercise(job.exercise) else { return "" }
        let tests = ExerciseInputs(course: course, exercise: exercise).tests
        return (grader.harness.supportDefines(tests: tests) + ["|"] + exercise.settings.swiftFlags).joined(separator: " ")
    }

    /// Runs jobs on `workers` threads at once, reference solutions first; `progress` is called (serially) as each finishes.
    /// Every job on `workers` cores; `progress` hears of each as it finishes, with its report.
    public func runAll(_ jobs: [Job], workers: Int,
                       progress: @escaping @Sendable (Int, Job, [CourseProblem], GradeReport?) -> Void) -> [[CourseProblem]] {
        WorkPool.run(count: jobs.count, workers: workers, order: Self.schedule(jobs, flavor: harnessFlavor), { index in self.graded(jobs[index]) },
                     finished: { index, result, count in progress(count, jobs[index], result.problems, result.report) })
            .map(\.problems)
    }
}
