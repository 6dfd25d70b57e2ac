import CourseClassroom
import CourseModel
import CourseTerminal
import Foundation

/// `course similarity`: compares the submissions of each exercise (winnowed fingerprints, as MOSS does) and
/// ranks the pairs; writes `similarity.csv` and `similarity.html` with matching lines side by side.
struct SimilarityCommand: Command {
    static let exercises = Parameter.option("--exercises", value: "LIST", "Compare only these exercises, e.g. 1-5,7 (default: all).")
    static let out = Parameter.path("--out", value: "DIR", "Where similarity.csv and similarity.html go (default: similarity).")
    static let top = Parameter.integer("--top", 0...10_000, "Pairs per exercise printed and shown side by side in the page (default: 10).")
    static let jobs = Parameter.jobs("How many files are fingerprinted at once (default: the number of cores).")

    let name = "similarity"
    let forInstructors = true
    let summary = "Rank pairs of submissions by shared code, for a person to review (for instructors)."
    let arguments = "<SUBMISSIONS>"
    let positionals = Positionals(1...1, missing: "name the folder of submissions, e.g. course similarity submissions/ (one folder per student)")
    let details = """
        SUBMISSIONS holds one folder per student, as for 'course grade'. Each exercise's files are compared by winnowed
        fingerprints of their tokens (the method of MOSS): names, numbers and strings are made alike and comments and
        layout ignored, so renaming, reformatting or reordering functions does not hide shared code; the starter's code
        and the public examples never count. Pairs are ranked by shared fingerprints. Writes DIR/similarity.csv (every
        pair) and DIR/similarity.html (the ranking, and the top pairs' files side by side with the matching lines marked).
        Similar code is evidence for a person to look at, not a verdict.
        Exit status: 0 when the comparison was written (whatever it found), 1 on a problem, 64 on a usage error.
        """
    let parameters = [SimilarityCommand.exercises, SimilarityCommand.out, SimilarityCommand.top, SimilarityCommand.jobs]

    func run(_ invocation: Invocation) throws -> Int32 {
        let args = invocation.arguments
        let course = try invocation.openCourse()
        let submissions = invocation.path(args.positionals[0])
        let out = invocation.path(of: Self.out) ?? invocation.path("similarity")
        if out.path == submissions.path || out.path.hasPrefix(submissions.path + "/") {
            throw CourseError.usage("--out \(out.path) is inside the submissions folder; write the comparison elsewhere")
        }
        let top = args.integer(Self.top) ?? 10
        let chosen = try args.value(of: Self.exercises).map { try ExerciseSelection.parse($0, in: course) } ?? course.exercises
        let roster = try Roster.scan(submissions)
        let report = SimilarityReport.make(roster: roster, course: course, exercises: chosen, workers: invocation.workers(Self.jobs))
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let page = out.appendingPathComponent("similarity.html")
        try AtomicFile.write(Data(report.csv().utf8), to: out.appendingPathComponent("similarity.csv"))
        try AtomicFile.write(Data(report.html(title: course.title, shown: top).utf8), to: page)
        invocation.output.out(ClassReportView.similarity(report, top: top, files: "\(page.path) (and similarity.csv)", style: invocation.output.style))
        return 0
    }
}
