import CourseModel
import Foundation

/// Writes a class's output files from its results, each atomically: the gradebook (CSV and JSON), feedback
/// per student, and on request JUnit XML or Gradescope's results.json. The files are a pure function of the
/// results, so merged shards and one machine write the same bytes.
public enum GradeOutputs {
    public struct Options: Sendable {
        public var feedback: StudentFeedback.Format
        /// The formats written beside the gradebook (`--format`, `--junit`).
        public var formats: [GradeFormat]
        public var releaseHidden: Bool

        public init(feedback: StudentFeedback.Format = .markdown, formats: [GradeFormat] = [], releaseHidden: Bool = false) {
            self.feedback = feedback
            self.formats = formats
            self.releaseHidden = releaseHidden
        }

        /// Whether SUBMISSIONS is one submission (a format such as Gradescope's says so).
        public var oneSubmission: Bool { formats.contains(where: \.oneSubmission) }
    }

    /// `merged`: the entries of other folders' journals (`--merge`), kept in this folder's journal too, so
    /// the merged output can itself be merged or resumed. A grading run has journalled its own already.
    /// `run`: what was graded (`run.json`), which a later `--merge` checks. Two processes writing into one
    /// folder at once (two merges) take turns, under a lock on `.lock` there.
    public static func write(_ results: ClassResults, to out: URL, options: Options, merged entries: [GradedExercise] = [], run: GradeRun) throws {
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileLock.exclusive(out.appendingPathComponent(".lock").path) {
            try writeLocked(results, to: out, options: options, merged: entries, run: run)
        }
    }

    static func writeLocked(_ results: ClassResults, to out: URL, options: Options, merged entries: [GradedExercise], run: GradeRun) throws {
        let fm = FileManager.default
        let journal = GradeJournal(output: out)
        for entry in entries where journal.entry(student: entry.student, exercise: entry.exercise, key: entry.key) != entry {
            try journal.record(entry)
        }
        if !entries.isEmpty {
            for (student, time) in results.submitted { try journal.recordSubmission(student: student, at: time) }
        }
        try run.write(to: out)
        try AtomicFile.write(Data(Gradebook.csv(results).utf8), to: out.appendingPathComponent("gradebook.csv"))
        try AtomicFile.write(try Gradebook.json(results), to: out.appendingPathComponent("gradebook.json"))
        for (name, text) in [("canvas.csv", LMSExport.canvas(results)), ("moodle.csv", LMSExport.moodle(results))] {
            if let text { try AtomicFile.write(Data(text.utf8), to: out.appendingPathComponent(name)) }
        }
        let feedback = out.appendingPathComponent("feedback")
        try? fm.removeItem(at: feedback)  // only this run's students
        try fm.createDirectory(at: feedback, withIntermediateDirectories: true)
        let suffix = options.feedback == .markdown ? "md" : "txt"
        for student in results.students {
            let text = StudentFeedback.render(student, results, format: options.feedback, releaseHidden: options.releaseHidden)
            try AtomicFile.write(Data(text.utf8), to: feedback.appendingPathComponent(DisplayName.fileName(student, suffix: ".\(suffix)")))
        }
        for format in options.formats { try format.write(results, out, options) }
    }
}
