import CourseAuthoring
import CourseGrading
import CourseModel
import CourseTerminal
import Foundation

/// `course validate`: an instructor's check of the whole course.
struct ValidateCommand: Command {
    static let quick = Parameter.flag("--quick", "Check the files only.")
    static let jobs = Parameter.gradingJobs()
    static let json = Parameter.flag("--json", "Print the problems (or, with --mutate, the mutation report) as JSON.")
    static let fix = Parameter.flag("--fix", "First make each learner file and its pristine starter copy the same: the newer is copied over the older, which is kept in .course/backups/.")
    static let mutate = Parameter.flag("--mutate", "Mutation analysis: grade small changes of each reference solution; report every one the suite passes.")

    let name = "validate"
    let forInstructors = true
    let summary = "Check a whole course, or some exercises (for instructors)."
    let arguments = "[exercise-N …]"
    let positionals = Positionals.any
    let details = "Checks the files and settings, that every starter fails and every reference solution passes through the real grader, and that every wrong solution kept beside a suite fails. Name exercises to check only those.\nWith --mutate, mutates each reference solution (boundaries, operators, literals, removed calls, weak/unowned, swapped arguments, …) and lists each mutant the suite does not catch, with a score per exercise and for the course.\nExit status: 0 when the course is sound (with --mutate: when no mutant survives), 1 otherwise."
    let parameters = [ValidateCommand.quick, ValidateCommand.jobs, ValidateCommand.json, ValidateCommand.fix, ValidateCommand.mutate]

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        let chosen = try invocation.arguments.positionals.map { try course.exercise($0) }
        if invocation.arguments.has(Self.fix) {
            let actions = try StarterSync.fix(course: course, exercises: chosen.isEmpty ? course.exercises : chosen, now: invocation.context.now())
            for action in actions { invocation.output.err("Fixed: " + action.description) }
        }
        if invocation.arguments.has(Self.mutate) { return try mutate(course, chosen.isEmpty ? nil : chosen, invocation) }
        let output = invocation.output, style = invocation.style
        let quick = invocation.arguments.has(Self.quick)
        let json = invocation.arguments.has(Self.json)
        let workers = invocation.gradingWorkers(Self.jobs)
        var validator = CourseValidator(course: course, grader: quick ? nil : try invocation.graders(for: course).grader(withCache: false))
        let ids = Set(chosen.map(\.id))
        var problems = validator.fileProblems()
        let jobs = quick ? [] : validator.jobs().filter { ids.isEmpty || ids.contains($0.exercise) }
        // Room for every suite object of this run: reference solutions go first, and an entry evicted before its
        // exercise's starter and wrong solutions come would be compiled again.
        if let limit = validator.grader?.suiteCache?.limit { validator.grader?.suiteCache?.limit = max(limit, jobs.count) }
        if !json {
            output.err(ValidateView.header(title: course.title, lessons: course.lessons.count, exercises: course.exercises.count,
                                           quick: quick, gradings: jobs.count, workers: workers))
        }
        let started = Date()
        let results = validator.runAll(jobs, workers: workers) { count, job, problem, report in
            guard !json else { return }
            output.err(ValidateView.progressLine(count: count, total: jobs.count, job: job, problem: problem.first, style: style,
                                                 generated: job.expectation == .passes ? report?.generated : nil))
        }
        // A broken suite is reported by every grading of its exercise: once is enough.
        var seen = Set(problems.map(\.description))
        problems += results.flatMap { $0 }.filter { seen.insert($0.description).inserted }
        let seconds = Date().timeIntervalSince(started)
        if json {
            output.out(try JSONOutput.text(ValidateView.json(problems: problems, gradings: jobs.count, seconds: seconds)))
        } else {
            output.raw(ValidateView.verdict(problems: problems, jobs: jobs, exercises: chosen.isEmpty ? course.exercises.count : chosen.count,
                                            quick: quick,
                                            seconds: seconds, style: style))
        }
        return problems.isEmpty ? 0 : 1
    }

    /// `validate --mutate`: the mutation analysis of the chosen exercises (all by default).
    func mutate(_ course: Course, _ exercises: [Exercise]?, _ invocation: Invocation) throws -> Int32 {
        let output = invocation.output
        var options = MutationOptions()
        options.workers = invocation.gradingWorkers(Self.jobs)
        let json = invocation.arguments.has(Self.json)
        // Mutants get a cache of their own, large enough for a whole course, so they never push out a learner's reports.
        var grader = try invocation.graders(for: course).grader(withCache: false)
        grader.cache = GradeCache(folder: course.url(Layout.mutantCache), limit: Limits.standard.mutantCacheEntries)
        let runner = MutationRunner(grader: grader, options: options)
        let report = runner.run(course: course, exercises: exercises) { progress in
            guard !json, progress.finished % 25 == 0 || progress.finished == progress.total else { return }
            output.err("  \(progress.finished)/\(progress.total) mutants graded")
        }
        if json {
            output.raw(String(decoding: try report.jsonData(), as: UTF8.self))
        } else {
            output.raw(MutationReportView.text(report))
        }
        return report.survived == 0 ? 0 : 1
    }
}
