import CourseModel
import Foundation

/// `report.html`: the class report as one self-contained page. Per exercise: the score distribution (one bar
/// per band), the pass rate of each test (one bar per test, hidden and public marked), the item analysis, and
/// what broke, each message with the students it hit.
public enum ClassReportPage {
    public static func html(_ report: ClassReport) -> String {
        typealias H = ReportHTML
        var body = "<h1>Class report: \(H.escape(report.course))</h1>\n"
        body += "<p class=\"note\">\(report.students) student\(report.students == 1 ? "" : "s"), \(report.exercises.count) exercise\(report.exercises.count == 1 ? "" : "s"). "
            + "Made by <code>course report</code> from the journal of <code>course grade</code>; the same journal gives the same page.</p>\n"
        body += "<table><tr><th>exercise</th><th>points</th><th>handed in</th><th>passed</th><th>mean</th><th>median</th></tr>\n"
        for exercise in report.exercises {
            body += "<tr><td><a href=\"#\(H.escape(exercise.id))\">\(H.escape(exercise.id))</a> \(H.escape(exercise.title))</td><td class=\"n\">\(Score.text(exercise.points))</td>"
                + "<td class=\"n\">\(exercise.submitted) of \(exercise.students)</td><td class=\"n\">\(exercise.outcomes["passed"] ?? 0)</td>"
                + "<td class=\"n\">\(Score.text(exercise.mean))</td><td class=\"n\">\(Score.text(exercise.median))</td></tr>\n"
        }
        body += "</table>\n"
        for exercise in report.exercises { body += section(exercise) }
        return H.page(title: "Class report: \(report.course)", body: body)
    }

    static func section(_ exercise: ClassReport.ExerciseStat) -> String {
        typealias H = ReportHTML
        var html = "<section class=\"exercise\" id=\"\(H.escape(exercise.id))\">\n<h2>\(H.escape(exercise.id)): \(H.escape(exercise.title))</h2>\n"
        let outcomes = ["passed", "failed", "error", "missing", "invalid"].map { "\($0) \(exercise.outcomes[$0] ?? 0)" }.joined(separator: " · ")
        html += "<p>\(Score.text(exercise.points)) point\(exercise.points == 1 ? "" : "s"); mean \(Score.text(exercise.mean)), median \(Score.text(exercise.median)). \(outcomes).</p>\n"
        html += "<h3>Score distribution</h3>\n"
        html += H.columns(id: "distribution-\(exercise.id)", labels: ClassReport.bands, values: exercise.distribution,
                          caption: "Students per score band of \(exercise.id)") + "\n"
        if !exercise.tests.isEmpty {
            html += "<h3>Pass rate per test</h3>\n<p class=\"note\">Of the students who handed it in; bars: <span class=\"tag public\">public</span> tests the learners had, "
                + "<span class=\"tag hidden\">hidden</span> tests they did not.</p>\n"
            let rows = exercise.tests.map { test in
                (label: test.name + (test.isPublic ? " (public)" : " (hidden)"),
                 fraction: test.attempted == 0 ? 0 : Double(test.passed) / Double(test.attempted),
                 text: "\(test.passed) of \(test.attempted)", kind: test.isPublic ? "public" : "hidden")
            }
            html += H.rows(id: "tests-\(exercise.id)", rows: rows, caption: "Pass rate per test of \(exercise.id)") + "\n"
            html += "<h3>Item analysis</h3>\n<p class=\"note\">Discrimination: the pass rate of the strongest 27% of submissions (by course total) minus that of the weakest 27%. "
                + "Near 0: the test does not tell them apart; everyone failing a test points at the lesson or the test rather than the learners.</p>\n"
            html += "<table class=\"items\"><tr><th>test</th><th></th><th>passed</th><th>discrimination</th><th>reading</th></tr>\n"
            for test in exercise.tests {
                let kind = test.isPublic ? "public" : "hidden"
                let reading = test.verdict == "everyone fails" || test.verdict == "weak favoured" ? "<span class=\"bad\">\(test.verdict)</span>" : H.escape(test.verdict)
                html += "<tr><td>\(H.escape(test.name))</td><td><span class=\"tag \(kind)\">\(kind)</span></td><td class=\"n\">\(H.share(test.passed, test.attempted))</td>"
                    + "<td class=\"n\">\(test.discrimination.map(Score.text) ?? "–")</td><td>\(reading)</td></tr>\n"
            }
            html += "</table>\n"
        }
        html += problems("Most common failure messages", exercise.failures, showTests: true)
        html += problems("Compile errors and refused code", exercise.compileErrors, showTests: false)
        return html + "</section>\n"
    }

    static func problems(_ title: String, _ problems: [ClassReport.Problem], showTests: Bool) -> String {
        typealias H = ReportHTML
        guard !problems.isEmpty else { return "" }
        var html = "<h3>\(H.escape(title))</h3>\n<table class=\"problems\"><tr><th>students</th><th>message (in full, as the first of them got it)</th>\(showTests ? "<th>tests</th>" : "")<th>who</th></tr>\n"
        for problem in problems {
            html += "<tr><td class=\"n\">\(problem.students.count)</td><td><pre>\(H.escape(problem.example ?? problem.message))</pre></td>"
                + (showTests ? "<td>\(H.escape(problem.tests.joined(separator: "; ")))</td>" : "")
                + "<td>\(H.escape(problem.students.joined(separator: ", ")))</td></tr>\n"
        }
        return html + "</table>\n"
    }
}
