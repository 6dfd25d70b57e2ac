import CourseModel
import Foundation

/// Writes a class's output files from its results, each atomically: the gradebook (CSV and JSON), feedback
/// per student, and on request JUnit XML or Gradescope's results.json. The files are a pure function of the
/// results, so merged shards and one machine write the same bytes.
public enum GradeOutputs {
    public struct Options: Sendable {
        public var feedback: StudentFeedback.Format
        /// One submission, graded for Gradescope: `results.json` instead of a class gradebook only.
        public var gradescope: Bool
        public var junit: Bool
        public var releaseHidden: Bool

        public init(feedback: StudentFeedback.Format = .markdown, gradescope: Bool = false, junit: Bool = false, releaseHidden: Bool = false) {
            self.feedback = feedback
            self.gradescope = gradescope
            self.junit = junit
            self.releaseHidden = releaseHidden
        }
    }

    /// `merged`: the entries of other folders' journals (`--merge`), kept in this folder's journal too, so
    /// the merged output can itself be merged or resumed. A grading run has journalled its own already.
    public static func write(_ results: ClassResults, to out: URL, options: Options, merged entries: [GradedExercise] = []) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: out, withIntermediateDirectories: true)
        let journal = GradeJournal(output: out)
        for entry in entries where journal.entry(student: entry.student, exercise: entry.exercise, key: entry.key) != entry {
            try journal.record(entry)
        }
        try AtomicFile.write(Data(Gradebook.csv(results).utf8), to: out.appendingPathComponent("gradebook.csv"))
        try AtomicFile.write(try Gradebook.json(results), to: out.appendingPathComponent("gradebook.json"))
        let feedback = out.appendingPathComponent("feedback")
        try? fm.removeItem(at: feedback)  // only this run's students
        try fm.createDirectory(at: feedback, withIntermediateDirectories: true)
        let suffix = options.feedback == .markdown ? "md" : "txt"
        for student in results.students {
            let text = StudentFeedback.render(student, results, format: options.feedback, releaseHidden: options.releaseHidden)
            try AtomicFile.write(Data(text.utf8), to: feedback.appendingPathComponent("\(student).\(suffix)"))
        }
        if options.junit {
            try AtomicFile.write(Data(JUnitReport.xml(results, releaseHidden: options.releaseHidden).utf8), to: out.appendingPathComponent("junit.xml"))
        }
        if options.gradescope, let student = results.students.first {
            try AtomicFile.write(try GradescopeResults.json(results, student: student, releaseHidden: options.releaseHidden),
                                 to: out.appendingPathComponent("results.json"))
        }
    }
}
