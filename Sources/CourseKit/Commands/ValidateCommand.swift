import Foundation

/// `course validate`: an instructor's check of the whole course.
extension Session {
    func validate() throws -> Int32 {
        try extraArguments(max: 0)
        let quick = arguments.flags.contains("--quick")
        let json = arguments.flags.contains("--json")
        var workers = ProcessInfo.processInfo.activeProcessorCount
        if let raw = arguments.options["--jobs"] {
            guard let value = Int(raw), value >= 1, value <= 64 else { throw CourseError.usage("--jobs takes a number from 1 to 64") }
            workers = value
        }
        let validator = CourseValidator(course: course, grader: quick ? nil : try grader(withCache: false))
        var problems = validator.fileProblems()
        let jobs = quick ? [] : validator.jobs()
        if !json {
            err("Validating \(course.title): \(course.lessons.count) lessons, \(course.exercises.count) exercises"
                + (quick ? " (files only)" : ", \(jobs.count) gradings on \(min(workers, max(jobs.count, 1))) workers"))
        }
        let started = Date()
        let results = validator.runAll(jobs, workers: workers) { count, job, problem in
            guard !json else { return }
            let mark = problem == nil ? style.green("✓") : style.red("✗")
            let what: String
            switch job.expectation {
            case .passes: what = "solution passes"
            case .doesNotPass: what = "starter fails"
            case .failsATest: what = "wrong solution fails: \(URL(fileURLWithPath: job.path).lastPathComponent)"
            }
            err("[\(count)/\(jobs.count)] \(mark) \(job.exercise) \(what)")
        }
        problems += results.compactMap { $0 }
        let seconds = Date().timeIntervalSince(started)
        if json {
            let object: [String: Any] = [
                "ok": problems.isEmpty,
                "problems": problems.map { ["file": $0.file, "line": $0.line ?? NSNull(), "message": $0.message] as [String: Any] },
                "gradings": jobs.count,
                "seconds": (seconds * 100).rounded() / 100,
            ]
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
            out(String(decoding: data, as: UTF8.self))
            return problems.isEmpty ? 0 : 1
        }
        if problems.isEmpty {
            let counts = Dictionary(grouping: jobs, by: { "\($0.expectation)" }).mapValues(\.count)
            out(style.green("✓ ") + "The course is sound: \(course.exercises.count) exercises"
                + (quick ? " (files only; run without --quick to grade)." :
                    ", \(counts["passes"] ?? 0) solutions pass, \(counts["doesNotPass"] ?? 0) starters fail, \(counts["failsATest"] ?? 0) wrong solutions rejected, in \(String(format: "%.1f", seconds)) s."))
            return 0
        }
        out(style.red("✗ ") + "\(problems.count) problem\(problems.count == 1 ? "" : "s") found:")
        for problem in problems { out("  " + problem.description) }
        return 1
    }
}
