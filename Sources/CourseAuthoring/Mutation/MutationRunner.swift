import CourseGrading
import CourseModel
import CourseProcess
import Foundation

/// Grades mutants of each exercise's reference solution against its hidden suite.
///
/// First each exercise's reference solution is graded as is (it must pass, or the suite's verdict
/// on a mutant means nothing); then every exercise's mutants share one pool of workers. A mutant
/// that passes survived, one that fails a test (or crashes, or times out) was killed, one that
/// does not compile is unviable. Reports go through the grader, so its cache makes a re-run fast.
public struct MutationRunner: Sendable {
    public var grader: Grader
    public var options: MutationOptions

    public init(grader: Grader, options: MutationOptions = MutationOptions()) {
        self.grader = grader
        self.options = options
    }

    /// Runs the given exercises (default: all of the course) and reports each and the whole.
    public func run(course: Course, exercises: [Exercise]? = nil,
                    progress: (@Sendable (MutationProgress) -> Void)? = nil) -> MutationReport {
        let start = Date()
        let chosen = exercises ?? course.exercises
        let plans = WorkPool.run(count: chosen.count, workers: options.workers) { index in
            self.plan(course: course, exercise: chosen[index])
        }
        let jobs = plans.indices.flatMap { plan in plans[plan].toRun.indices.map { (plan, $0) } }
        let folder = grader.scratchRoot.appendingPathComponent("course-mutants-\(UUID().uuidString.lowercased())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        ChildRegistry.shared.addFolder(folder.path)  // Ctrl-C removes it too
        defer {
            try? FileManager.default.removeItem(at: folder)
            ChildRegistry.shared.removeFolder(folder.path)
        }
        let graded = WorkPool.run(count: jobs.count, workers: options.workers, { index in
            let (plan, mutant) = jobs[index]
            return self.grade(plans[plan].toRun[mutant], plan: plans[plan], course: course,
                                             file: folder.appendingPathComponent("\(plans[plan].exerciseID)-\(mutant).swift"))
        }, finished: { index, outcome, finished in
            guard let progress else { return }
            let (plan, mutant) = jobs[index]
            progress(MutationProgress(exercise: plans[plan].exerciseID,
                                      result: MutantResult(plans[plan].toRun[mutant], file: plans[plan].file, outcome: outcome.0,
                                                           seconds: outcome.1),
                                      finished: finished, total: jobs.count))
        })
        var reports: [ExerciseMutationReport] = []
        for (planIndex, plan) in plans.enumerated() {
            var results: [(Mutant, MutantResult)] = plan.equivalent.map { ($0.0, MutantResult($0.0, file: plan.file, outcome: .equivalent, reason: $0.1)) }
            var seconds = plan.seconds
            for (jobIndex, job) in jobs.enumerated() where job.0 == planIndex {
                let mutant = plan.toRun[job.1]
                results.append((mutant, MutantResult(mutant, file: plan.file, outcome: graded[jobIndex].0, seconds: graded[jobIndex].1)))
                seconds += graded[jobIndex].1
            }
            results.sort { ($0.0.line, $0.0.column, $0.0.id) < ($1.0.line, $1.0.column, $1.0.id) }
            reports.append(ExerciseMutationReport(exercise: plan.exerciseID, file: plan.file, mutants: results.map(\.1),
                                                  skipped: plan.skipped, staleEquivalentMarks: plan.stale, note: plan.note,
                                                  seconds: seconds))
        }
        return MutationReport(exercises: reports, seconds: Date().timeIntervalSince(start))
    }

    /// Generates an exercise's mutants and grades its reference solution as the baseline.
    func plan(course: Course, exercise: Exercise) -> MutationPlan {
        let file = exercise.solutionPath
        var plan = MutationPlan(exerciseID: exercise.id, file: file, exercise: exercise, toRun: [],
                                equivalent: [], stale: [], skipped: 0, note: nil, seconds: 0)
        guard let source = try? String(contentsOf: course.url(file), encoding: .utf8) else {
            plan.note = "\(file) is missing or unreadable: mutation analysis mutates the reference solution"
            return plan
        }
        let (rest, equivalent, stale) = MutationPlan.split(options.generator.mutants(of: source), marks: exercise.settings.equivalentMutants)
        let run = MutationPlan.capped(rest, to: options.maxMutantsPerExercise)
        plan.equivalent = equivalent
        plan.stale = stale
        plan.skipped = rest.count - run.count
        guard !run.isEmpty else { return plan }
        var quick = exercise
        quick.settings.timeoutSeconds = options.mutantTimeout(for: exercise.settings)
        var baseline = gradeRetrying(course: course, exercise: quick, submission: course.url(file), displayPath: file)
        plan.seconds = baseline.seconds
        if !baseline.passed && quick.settings.timeoutSeconds < exercise.settings.timeoutSeconds {
            quick = exercise
            baseline = gradeRetrying(course: course, exercise: quick, submission: course.url(file), displayPath: file)
            plan.seconds += baseline.seconds
        }
        guard baseline.passed else {
            if MutantOutcome.of(baseline) == .error {
                plan.note = "could not grade the reference solution (\(CourseValidator.summary(baseline))); run again"
            } else {
                plan.note = "the reference solution does not pass its own suite (\(CourseValidator.summary(baseline))); "
                    + "fix that first: a mutant's verdict means nothing against a failing suite"
            }
            plan.skipped = rest.count
            return plan
        }
        plan.exercise = quick
        plan.toRun = run
        return plan
    }

    /// Writes one mutant to `file`, grades it, and returns its outcome and the time it took.
    func grade(_ mutant: Mutant, plan: MutationPlan, course: Course, file: URL) -> (MutantOutcome, Double) {
        do {
            try Data(mutant.source.utf8).write(to: file)
        } catch {
            return (.error, 0)
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let report = gradeRetrying(course: course, exercise: plan.exercise, submission: file, displayPath: plan.file)
        return (MutantOutcome.of(report), report.seconds)
    }

    /// Grades once more when the grader itself failed (a busy machine can refuse to start a
    /// compiler for a moment); a test verdict or a compile error is never graded twice.
    func gradeRetrying(course: Course, exercise: Exercise, submission: URL, displayPath: String) -> GradeReport {
        let first = grader.grade(course: course, exercise: exercise, submission: submission, displayPath: displayPath)
        guard MutantOutcome.of(first) == .error else { return first }
        var second = grader.grade(course: course, exercise: exercise, submission: submission, displayPath: displayPath)
        second.seconds += first.seconds
        return second
    }
}
