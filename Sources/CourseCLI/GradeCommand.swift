import CourseClassroom
import CourseGrading
import CourseModel
import CourseTerminal
import Foundation

/// `course grade`: grades a class's submissions into a gradebook, feedback per student, and optionally
/// JUnit XML or Gradescope's results.json; resumable, shardable, mergeable.
struct GradeCommand: Command {
    static let exercises = Parameter.option("--exercises", value: "LIST", "Grade only these exercises, e.g. 1-5,7 (default: all).")
    static let jobs = Parameter.gradingJobs()
    static let out = Parameter.path("--out", value: "DIR", "Where the gradebook, feedback and journal go (default: grades).")
    static let feedback = Parameter.choice("--feedback", StudentFeedback.Format.self, "The format of each student's feedback file (default: markdown).")
    static let format = Parameter.choice("--format", GradeFormat.self,
                                         "gradescope: SUBMISSIONS is one submission; write Gradescope's results.json; junit: as --junit (default: gradebook).")
    static let junit = Parameter.flag("--junit", "Also write junit.xml for CI test reporters.")
    static let releaseHidden = Parameter.flag("--release-hidden", "Show hidden tests' failure messages in feedback, JUnit and Gradescope.")
    static let shard = Parameter.option("--shard", value: "K/N", "Grade only shard K of N (students dealt round-robin by name).")
    static let shards = Parameter.integer("--shards", 1...100_000, "The shard count when JOB_COMPLETION_INDEX (Kubernetes) gives the index.")
    static let roster = Parameter.path("--roster", value: "CSV", "The class list (folder,student_id,name,email[,section,login]): joined into the gradebook, with canvas.csv and moodle.csv.")
    static let due = Parameter.option("--due", value: "TIME", "The deadline (ISO 8601, e.g. 2026-12-01T23:59:00Z): the gradebook shows lateness and the final score.")
    static let latePenalty = Parameter.option("--late-penalty", value: "PERCENT", "With --due: the percent of the score taken off per started day late (default 0).")
    static let lateCap = Parameter.option("--late-cap", value: "PERCENT", "With --due: the most a late penalty takes off (default 100).")
    static let cutoff = Parameter.option("--cutoff", value: "TIME", "With --due: nothing counts after this time (ISO 8601).")
    static let merge = Parameter.flag("--merge", "Merge the outputs of shards (the folders named instead of SUBMISSIONS) into --out.",
                                      positionals: Positionals(1...Int.max, missing: "--merge needs the shard output folders, e.g. course grade --merge shard-1 shard-2 --out grades"))

    let name = "grade"
    let forInstructors = true
    let summary = "Grade a class's submissions into a gradebook (for instructors)."
    let arguments = "<SUBMISSIONS | --merge DIR …>"
    let positionals = Positionals(1...1, missing: "name the folder of submissions, e.g. course grade submissions/ (one folder per student)")
    let details = """
        SUBMISSIONS holds one folder per student: a clone of their learner edition (Exercises/exercise-N.swift) or just their
        exercise files (stray files and __MACOSX beside them are listed and skipped). Every (student, exercise) pair is graded against the public and hidden tests, in the sandbox
        (--sandbox require unless you say otherwise: this is other people's code). Writes, in --out: gradebook.csv and
        gradebook.json, feedback/<student>.md (hidden tests show pass or fail only, unless --release-hidden), journal/
        (each result as it lands: a rerun resumes, Ctrl-C loses nothing), and with --junit junit.xml.
        Shards: --shard K/N, or JOB_COMPLETION_INDEX with --shards N (Kubernetes Indexed Job), or SLURM_ARRAY_TASK_ID
        (Slurm job array); then 'course grade --merge OUT1 OUT2 … --out ALL' writes what one machine would have, after
        checking (run.json) that every shard is there once, with the same exercises and course version.
        Exit status: 0 when every pair was graded (whatever the scores), 1 on a problem.
        """
    let parameters = [GradeCommand.exercises, GradeCommand.jobs, GradeCommand.out, GradeCommand.feedback, GradeCommand.format,
                      GradeCommand.junit, GradeCommand.releaseHidden, GradeCommand.shard, GradeCommand.shards, GradeCommand.roster, GradeCommand.due, GradeCommand.latePenalty,
                      GradeCommand.lateCap, GradeCommand.cutoff, GradeCommand.merge]

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        guard course.edition == .full else {
            throw CourseError.usage("this is a learner edition, which has no hidden tests; grade from the instructor's full course (the one 'course export --learner' was run in)")
        }
        let args = invocation.arguments
        let out = invocation.path(of: Self.out) ?? invocation.path("grades")
        let classList = try invocation.path(of: Self.roster).map { try ClassList.read($0) }
        let deadline = try latePolicy(args)
        let formats = [args.choice(Self.format, as: GradeFormat.self), args.has(Self.junit) ? .junit : nil].compactMap { $0 }
        let options = GradeOutputs.Options(feedback: args.choice(Self.feedback) ?? .markdown, formats: formats,
                                           releaseHidden: args.has(Self.releaseHidden))

        if args.has(Self.merge) {
            var runs: [(folder: URL, run: GradeRun)] = []
            for folder in args.positionals.map(invocation.path) {
                guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("journal").path) else {
                    throw CourseError.fileSystem(path: folder.path, reason: "has no journal/ folder; name the --out folders of 'course grade' runs")
                }
                runs.append((folder, try GradeRun.read(folder)))
            }
            let whole = try GradeRun.merged(runs, course: course)
            // A folder's journal may also hold exercises graded by an earlier run into it: only its run's count.
            let graded = Set(whole.exercises)
            let entries = runs.flatMap { GradeJournal(output: $0.folder).all() }.filter { graded.contains($0.exercise) }
            var results = ClassResults(entries: entries, course: course, classList: classList)
            results.deadline = deadline
            for run in runs { results.submitted.merge(GradeJournal(output: run.folder).submissionTimes()) { first, _ in first } }
            try GradeOutputs.write(results, to: out, options: options, merged: entries, run: whole)
            invocation.output.out("Merged \(runs.count) shard\(runs.count == 1 ? "" : "s"): \(results.students.count) students, "
                + "\(entries.count) results. Gradebook: \(out.path)/gradebook.csv")
            if let match = results.classList { invocation.output.out(GradeView.classListCheck(match, style: invocation.output.style)) }
            return 0
        }

        let submissions = invocation.path(args.positionals[0])
        if out.path == submissions.path || out.path.hasPrefix(submissions.path + "/") {
            throw CourseError.usage("--out \(out.path) is inside the submissions folder; write the grades elsewhere")
        }
        let chosen = try args.value(of: Self.exercises).map { try ExerciseSelection.parse($0, in: course) } ?? course.exercises
        var roster = options.oneSubmission ? Roster.single(submissions) : try Roster.scan(submissions)
        if !roster.skipped.isEmpty {
            invocation.output.err(GradeView.skipped(roster.skipped, folder: submissions.path, style: invocation.output.style))
        }
        let shardCount = args.integer(Self.shards)
        let shard = try args.value(of: Self.shard).map(Shard.parse)
            ?? Shard.fromEnvironment(invocation.context.environment, count: shardCount)
        if shardCount != nil && (shard == nil || args.value(of: Self.shard) != nil) {
            throw CourseError.usage("--shards N goes with JOB_COMPLETION_INDEX (a Kubernetes Indexed Job), which is not set here; "
                + "to grade one part by hand, use --shard K/N")
        }
        if let shard, !options.oneSubmission { roster.students = shard.take(roster.students) }

        // Other people's code: the sandbox is required unless the instructor says otherwise.
        let grader = try invocation.graders(for: course, sandboxDefault: .require).grader(cacheRoot: Layout.gradeCache)
        if case .unavailable(let reason) = grader.sandboxDecision {
            let backend = grader.sandboxBackend.name
            throw CourseError.fileSystem(path: backend, reason: "course grade runs students' code in the sandbox, which cannot be used here: \(reason) "
                + "Install \(backend), or pass --sandbox off to grade without it (only for code you trust).")
        }
        let workers = invocation.gradingWorkers(Self.jobs)
        var classGrader = ClassGrader(course: course, grader: grader, journal: GradeJournal(output: out), exercises: chosen, workers: workers)
        classGrader.recordsSubmissionTimes = deadline != nil
        let output = invocation.output, onTerminal = invocation.context.stdoutIsTerminal
        // On a terminal, a bar redrawn in place; in a log (CI, nohup), a line on stderr every few seconds.
        let throttle = ProgressThrottle(interval: ProgressThrottle.logInterval)
        let summary = try classGrader.run(roster) { finished, total in
            if onTerminal {
                output.raw("\r" + GradeView.progress(finished: finished, total: total, style: output.style))
            } else if throttle.due(finished: finished, total: total, now: Date()) {
                output.err(GradeView.progressLine(finished: finished, total: total))
            }
        }
        if onTerminal { output.raw("\n") }
        var results = ClassResults(entries: summary.entries, course: course, classList: classList)
        if let deadline {
            results.deadline = deadline
            let times = classGrader.journal.submissionTimes()
            results.submitted = times.filter { name, _ in roster.students.contains { $0.name == name } }
        }
        try GradeOutputs.write(results, to: out, options: options, run: GradeRun(shard: shard ?? .whole, exercises: chosen, course: course))
        output.out(GradeView.summary(results, graded: summary.graded, resumed: summary.resumed, out: out.path,
                                     shard: shard, gradescope: options.oneSubmission, style: output.style))
        if let match = results.classList { output.out(GradeView.classListCheck(match, style: output.style)) }
        if results.deadline != nil { output.out(GradeView.deadlineCheck(results, style: output.style)) }
        return 0
    }

    /// The deadline and late policy from --due, --late-penalty, --late-cap and --cutoff.
    func latePolicy(_ args: ParsedArguments) throws -> LatePolicy? {
        func time(_ parameter: Parameter) throws -> Date? {
            try args.value(of: parameter).map { text in
                guard let date = SubmissionTime.parse(text) else {
                    throw CourseError.usage("\(parameter.name) takes an ISO 8601 time with its zone, e.g. 2026-12-01T23:59:00Z (not '\(text)')")
                }
                return date
            }
        }
        func percent(_ parameter: Parameter) throws -> Double? {
            try args.value(of: parameter).map { text in
                guard let value = Double(text.hasSuffix("%") ? String(text.dropLast()) : text), value >= 0, value <= 100 else {
                    throw CourseError.usage("\(parameter.name) takes a percent from 0 to 100 (not '\(text)')")
                }
                return value
            }
        }
        guard let due = try time(Self.due) else {
            if let given = [Self.latePenalty, Self.lateCap, Self.cutoff].first(where: { args.value(of: $0) != nil }) {
                throw CourseError.usage("\(given.name) needs the deadline: add --due TIME")
            }
            return nil
        }
        let cutoff = try time(Self.cutoff)
        if let cutoff, cutoff < due { throw CourseError.usage("--cutoff is before --due; the cutoff is when nothing counts any more, after the deadline") }
        return LatePolicy(due: due, penaltyPerDay: try percent(Self.latePenalty) ?? 0, cap: try percent(Self.lateCap) ?? 100, cutoff: cutoff)
    }
}
