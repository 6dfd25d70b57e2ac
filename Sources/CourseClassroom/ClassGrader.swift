import CourseGrading
import CourseModel
import CourseProcess
import Foundation

/// Grades every (student, exercise) pair of a class on a few threads, journalling each result as it lands.
/// A pair already in the journal with the same submission and course is not graded again (a rerun resumes).
/// A crashing, hanging or huge submission is one red cell: the grader's limits end it, the batch goes on.
public struct ClassGrader: Sendable {
    public var course: Course
    public var grader: Grader
    public var journal: GradeJournal
    public var exercises: [Exercise]
    public var workers: Int

    public init(course: Course, grader: Grader, journal: GradeJournal, exercises: [Exercise], workers: Int) {
        self.course = course
        self.grader = grader
        self.journal = journal
        self.exercises = exercises
        self.workers = workers
    }

    public struct Summary: Sendable {
        public var entries: [GradedExercise]
        /// Pairs graded in this run.
        public var graded: Int
        /// Pairs taken from the journal of an earlier run.
        public var resumed: Int
    }

    /// Grades the roster; `progress(finished, total)` is called once per pair, one call at a time.
    public func run(_ roster: Roster, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) throws -> Summary {
        let inputs = exercises.map { ExerciseInputs(course: course, exercise: $0) }
        let fingerprints = inputs.map(fingerprint)
        let pairs = roster.students.flatMap { student in exercises.indices.map { (student, $0) } }
        // Each suite is compiled once, for the starter's interface, before the students arrive: most of a class
        // fills in bodies and reuses it.
        _ = WorkPool.run(count: exercises.count, workers: workers) { index in
            self.grader.prewarm(course: self.course, exercise: self.exercises[index])
        }
        let total = pairs.count
        let results = WorkPool.run(count: pairs.count, workers: workers, { index -> (GradedExercise, Bool, String?) in
            let (student, exercise) = pairs[index]
            return self.grade(student, inputs: inputs[exercise], fingerprint: fingerprints[exercise])
        }, finished: { _, _, finished in progress(finished, total) })
        if let failure = results.compactMap(\.2).first {
            throw CourseError.fileSystem(path: journal.folder.path, reason: "could not record a result (\(failure)); nothing graded so far is lost, rerun to resume")
        }
        return Summary(entries: results.map(\.0), graded: results.filter { !$0.1 }.count, resumed: results.filter(\.1).count)
    }

    /// One pair: the entry, whether it came from the journal, and a journal write failure if any.
    func grade(_ student: Roster.Student, inputs: ExerciseInputs, fingerprint: String) -> (GradedExercise, Bool, String?) {
        let exercise = inputs.exercise
        if let problem = student.problem {
            return record(.unrun(.invalid, student: student.name, exercise: exercise, message: problem))
        }
        let file = student.file(for: exercise.id)
        let shown = student.name + "/" + file.path.dropFirst(student.folder.path.count + 1)
        guard Roster.submitted(file) else {
            return record(.unrun(.missing, student: student.name, exercise: exercise, message: "\(shown) was not submitted"))
        }
        if let problem = Roster.fileProblem(file) {
            return record(.unrun(.error, student: student.name, exercise: exercise, message: "\(shown) \(problem)"))
        }
        let bytes = RegularFile.contents(file.path, limit: Limits.standard.submissionBytes + 1) ?? Data()
        var hasher = SHA256()
        hasher.update(field: fingerprint)
        hasher.update(bytes)
        let key = hasher.hexDigest()
        if let kept = journal.entry(student: student.name, exercise: exercise.id, key: key) { return (kept, true, nil) }
        let report = grader.grade(course: course, exercise: exercise, submission: file, displayPath: shown)
        let entry = GradedExercise.from(report, student: student.name, key: key, inputs: inputs)
        // A fault of this machine (the toolchain, the harness, the sandbox) is not the student's result: not kept,
        // so a rerun grades the pair again.
        if let kind = report.errorKind, [.toolchain, .harness, .sandboxUnavailable].contains(kind) { return (entry, false, nil) }
        return record(entry)
    }

    func record(_ entry: GradedExercise) -> (GradedExercise, Bool, String?) {
        if journal.entry(student: entry.student, exercise: entry.exercise, key: entry.key) == entry { return (entry, true, nil) }
        do { try journal.record(entry) } catch { return (entry, false, "\(error)") }
        return (entry, false, nil)
    }

    /// Everything of an exercise a verdict depends on besides the submission: its hidden files, the
    /// reference solution, the toolchain and whether tests run sandboxed.
    func fingerprint(_ inputs: ExerciseInputs) -> String {
        var hasher = SHA256()
        hasher.update(field: "class grade 1 \(CourseFormat.toolVersion)")
        hasher.update(field: grader.toolchain.identity)
        hasher.update(field: grader.sandboxDecision.sandbox == nil ? "unsandboxed" : "sandboxed")
        for (path, data) in inputs.fingerprintFiles {
            hasher.update(field: path)
            hasher.update(field: String(data.count))
            hasher.update(data)
        }
        return hasher.hexDigest()
    }
}
