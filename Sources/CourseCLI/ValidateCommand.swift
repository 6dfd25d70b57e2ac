import CourseKit
import CourseModel
import CourseTerminal
import Foundation

/// `course validate`: an instructor's check of the whole course.
struct ValidateCommand: Command {
    static let quick = Parameter.flag("--quick", "Check the files only.")
    static let jobs = Parameter.option("--jobs", value: "N", "How many checks run at once (default: the number of cores).")
    static let json = Parameter.flag("--json", "Print the problems as JSON.")

    let name = "validate"
    let summary = "Check a whole course (for instructors)."
    let details = "Checks the files and settings, that every starter fails and every reference solution passes through the real grader, and that every wrong solution kept beside a suite fails.\nExit status: 0 when the course is sound, 1 otherwise."
    let parameters = [ValidateCommand.quick, ValidateCommand.jobs, ValidateCommand.json]

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        try invocation.expectArguments(max: 0)
        let output = invocation.output, style = invocation.style
        let quick = invocation.arguments.has(Self.quick)
        let json = invocation.arguments.has(Self.json)
        var workers = ProcessInfo.processInfo.activeProcessorCount
        if let raw = invocation.arguments.value(of: Self.jobs) {
            guard let value = Int(raw), value >= 1, value <= 64 else { throw CourseError.usage("--jobs takes a number from 1 to 64") }
            workers = value
        }
        let validator = CourseValidator(course: course, grader: quick ? nil : try invocation.graders(for: course).grader(withCache: false))
        var problems = validator.fileProblems()
        let jobs = quick ? [] : validator.jobs()
        if !json {
            output.err(ValidateView.header(title: course.title, lessons: course.lessons.count, exercises: course.exercises.count,
                                           quick: quick, gradings: jobs.count, workers: workers))
        }
        let started = Date()
        let results = validator.runAll(jobs, workers: workers) { count, job, problem in
            guard !json else { return }
            output.err(ValidateView.progressLine(count: count, total: jobs.count, job: job, problem: problem, style: style))
        }
        problems += results.compactMap { $0 }
        let seconds = Date().timeIntervalSince(started)
        if json {
            output.out(try JSONOutput.text(ValidateView.json(problems: problems, gradings: jobs.count, seconds: seconds)))
        } else {
            output.raw(ValidateView.verdict(problems: problems, jobs: jobs, exercises: course.exercises.count, quick: quick,
                                            seconds: seconds, style: style))
        }
        return problems.isEmpty ? 0 : 1
    }
}
