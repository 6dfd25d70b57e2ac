import CourseClassroom
import CourseModel
import CourseTerminal
import Foundation

/// `course report`: the class report from the journal `course grade` wrote: a summary on the terminal,
/// `report.html` (one self-contained page with charts) and `report.json` (every figure) beside the gradebook.
struct ReportCommand: Command {
    let name = "report"
    let forInstructors = true
    let summary = "Summarize a graded class: scores, pass rates per test, common failures (for instructors)."
    let arguments = "[GRADES]"
    let positionals = Positionals.upToOne
    let details = """
        GRADES is the --out folder of 'course grade' (default: grades). Reads its journal/ (so the report of merged shards is
        the report of one machine), prints a summary, and writes GRADES/report.html, one page with charts that needs no
        network and prints well, and GRADES/report.json with every figure. Per exercise: the score distribution, the pass
        rate of each test (hidden or public), the failure messages and compile errors that hit several students with their
        names, and an item analysis: which tests separate strong submissions from weak ones, and which ones everyone fails.
        Exit status: 0 when the report was written, 1 when there is no journal or it cannot be written, 64 on a usage error.
        """

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        let given = invocation.arguments.positionals.first ?? "grades"
        let folder = invocation.path(given)
        let entries = GradeJournal(output: folder).all()
        guard !entries.isEmpty else {
            throw CourseError.fileSystem(path: folder.path, reason: "holds no graded results (no journal/ folder, or an empty one). "
                + "Run 'course grade' first: course grade SUBMISSIONS --out \(given), then 'course report \(given)'.")
        }
        let report = ClassReport(ClassResults(entries: entries, course: course))
        let page = folder.appendingPathComponent("report.html")
        try AtomicFile.write(Data(ClassReportPage.html(report).utf8), to: page)
        try AtomicFile.write(try report.json(), to: folder.appendingPathComponent("report.json"))
        invocation.output.out(ClassReportView.summary(report, page: page.path, style: invocation.output.style))
        return 0
    }
}
