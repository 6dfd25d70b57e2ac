import CourseModel
import Foundation
import Synchronization

/// Checks a whole course for instructors: files and settings, then (unless quick) every starter,
/// reference solution and wrong solution through the real grader, in parallel.
public struct CourseValidator: Sendable {
    /// One grading job: a file that must pass or must fail.
    public struct Job: Equatable, Sendable {
        public enum Expectation: Equatable, Sendable {
            /// The reference solution: every test passes.
            case passes
            /// The starter: must not pass (a compile error is fine; that can be the lesson).
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
                problems.append(CourseProblem(file: exercise.learnerPath, "is missing: copy \(exercise.starterPath) there"))
            }
            if !exists(exercise.starterPath) {
                problems.append(CourseProblem(file: exercise.starterPath, "is missing: it is what 'course reset' restores; copy \(exercise.learnerPath) there"))
            } else if exists(exercise.learnerPath),
                      RegularFile.contents(course.url(exercise.learnerPath).path) != RegularFile.contents(course.url(exercise.starterPath).path) {
                problems.append(CourseProblem(file: exercise.learnerPath,
                    "differs from \(exercise.starterPath); the two must be the same file (copy the one you mean over the other)"))
            }
            if !exists(exercise.solutionPath) {
                problems.append(CourseProblem(file: exercise.solutionPath, "is missing: every exercise needs a reference solution"))
            }
            if exercise.settings.hints.isEmpty {
                problems.append(CourseProblem(file: exercise.settingsPath, "has no hints: add at least one to \"hints\""))
            }
            let inputs = ExerciseInputs(course: course, exercise: exercise)
            problems += GradingSettingsCheck.problems(exercise, inputs: inputs)
            if inputs.suiteFiles.isEmpty {
                problems.append(CourseProblem(file: exercise.suitePath, "has no .swift files: add a hidden XCTest suite, e.g. \(exercise.suitePath)/\(exercise.id.replacingOccurrences(of: "-", with: ""))Tests.swift"))
            } else if inputs.tests.isEmpty {
                problems.append(CourseProblem(file: exercise.suitePath,
                    "has no test methods: write 'func testSomething()' inside a 'final class …: XCTestCase'"))
            }
            for (path, source) in zip(inputs.suiteFiles, inputs.suiteSources) where source.contains("import \(BuildPlan.learnerModule)") {
                let relative = exercise.suitePath + "/" + URL(fileURLWithPath: path).lastPathComponent
                problems.append(CourseProblem(file: relative,
                    "imports the learner module itself; remove that line: the grader imports only the exercise's API, which keeps learner look-alikes of XCTest names out"))
            }
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

    /// Runs one job; returns a problem if the file did not behave as expected.
    public func run(_ job: Job) -> CourseProblem? {
        guard let grader, let exercise = try? course.exercise(job.exercise) else { return nil }
        let report = grader.grade(course: course, exercise: exercise, submission: course.url(job.path), displayPath: job.path)
        return Self.judge(job, report)
    }

    /// Whether a report meets a job's expectation, as a problem that says how to fix it.
    public static func judge(_ job: Job, _ report: GradeReport) -> CourseProblem? {
        switch job.expectation {
        case .passes:
            guard !report.passed else { return nil }
            return CourseProblem(file: job.path, "the reference solution does not pass: " + summary(report))
        case .doesNotPass:
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
            return (report.message ?? "error").split(separator: "\n").first.map(String.init).map { $0 + detail } ?? "error"
        }
        let failing = report.tests.filter { $0.status != .pass }
        return failing.prefix(3).map { "'\($0.name)' \($0.status.rawValue)s: \(($0.message ?? "").split(separator: "\n").first ?? "")" }
            .joined(separator: "; ")
    }

    /// The order jobs start in: every reference solution first, so each exercise's suite object is compiled
    /// once for the solution's interface and the starter and wrong solutions that share it reuse it.
    static func schedule(_ jobs: [Job]) -> [Int] {
        jobs.indices.filter { jobs[$0].expectation == .passes } + jobs.indices.filter { jobs[$0].expectation != .passes }
    }

    /// Runs jobs on `workers` threads at once; `progress` is called (serially) as each finishes.
    public func runAll(_ jobs: [Job], workers: Int, progress: @escaping @Sendable (Int, Job, CourseProblem?) -> Void) -> [CourseProblem?] {
        let state = JobBoard(count: jobs.count)
        let group = DispatchGroup()
        let progressQueue = DispatchQueue(label: "course.validate.progress")
        let order = Self.schedule(jobs)
        for _ in 0..<max(1, min(workers, jobs.count)) {
            group.enter()
            Thread.detachNewThread {
                while let taken = state.take() {
                    let index = order[taken]
                    let problem = self.run(jobs[index])
                    let count = state.finish(index, problem)
                    progressQueue.sync { progress(count, jobs[index], problem) }
                }
                group.leave()
            }
        }
        group.wait()
        return state.snapshot()
    }
}

/// The shared state of a parallel validation: which job is next, and the results so far.
final class JobBoard: Sendable {
    private struct State {
        var next = 0
        var finished = 0
        var results: [CourseProblem?]
    }

    private let state: Mutex<State>

    init(count: Int) { state = Mutex(State(results: Array(repeating: nil, count: count))) }

    /// The next job's index, or nil when none is left.
    func take() -> Int? {
        state.withLock { state in
            guard state.next < state.results.count else { return nil }
            state.next += 1
            return state.next - 1
        }
    }

    /// Records a result; returns how many jobs have finished.
    func finish(_ index: Int, _ problem: CourseProblem?) -> Int {
        state.withLock { state in
            state.results[index] = problem
            state.finished += 1
            return state.finished
        }
    }

    func snapshot() -> [CourseProblem?] {
        state.withLock { $0.results }
    }
}
