import CourseClassroom
import CourseModel

/// What `course grade` prints: a progress line while it runs, then where everything went.
public enum GradeView {
    public static func progress(finished: Int, total: Int, style: Style, width: Int = 30) -> String {
        let filled = total == 0 ? width : finished * width / total
        let bar = style.green(String(repeating: "#", count: filled)) + style.dim(String(repeating: "-", count: width - filled))
        return "Grading [\(bar)] \(finished) of \(total)"
    }

    /// The progress line written to a log (stderr that is not a terminal) every few seconds.
    public static func progressLine(finished: Int, total: Int) -> String {
        "Grading: \(finished) of \(total) checks done (\(total == 0 ? 100 : finished * 100 / total)%)"
    }

    /// The entries of a submissions folder that are not students, and why.
    public static func skipped(_ entries: [Roster.Skipped], folder: String, style: Style) -> String {
        var lines = [style.yellow("Skipped \(entries.count) entr\(entries.count == 1 ? "y" : "ies") of \(DisplayName.clean(folder)) that \(entries.count == 1 ? "is" : "are") not a student's folder:")]
        for entry in entries { lines.append("  \(DisplayName.clean(entry.name)): \(entry.reason)") }
        return lines.joined(separator: "\n")
    }

    /// How the class list and the submissions matched: the folders it does not list, and who did not submit.
    public static func classListCheck(_ match: ClassList.Match, style: Style) -> String {
        var lines = ["Class list: \(match.people.count) submission\(match.people.count == 1 ? "" : "s") matched; canvas.csv and moodle.csv written."]
        if !match.unlisted.isEmpty {
            lines.append(style.yellow("  Not in the class list (left out of canvas.csv and moodle.csv): "
                + match.unlisted.map(DisplayName.clean).joined(separator: ", ")))
        }
        if !match.absent.isEmpty {
            lines.append(style.yellow("  In the class list, no submission: "
                + match.absent.map { "\(DisplayName.clean($0.name)) (\(DisplayName.clean($0.folder)))" }.joined(separator: ", ")))
        }
        return lines.joined(separator: "\n")
    }

    /// Who was late, and whose submission time is unknown (not marked late).
    public static func deadlineCheck(_ results: ClassResults, style: Style) -> String {
        let late = results.students.filter { (results.lateness($0)?.daysLate ?? 0) > 0 }
        let unknown = results.students.filter { results.note($0) == nil && results.submitted[$0] == nil }
        var lines = ["Deadline: \(late.count) of \(results.students.count) submitted late; the gradebook shows total, lateness and final."]
        if !unknown.isEmpty {
            lines.append(style.yellow("  No submission time (no .submitted_at file, no git commit), not marked late: "
                + unknown.map(DisplayName.clean).joined(separator: ", ")))
        }
        return lines.joined(separator: "\n")
    }

    public static func summary(_ results: ClassResults, graded: Int, resumed: Int, out: String, shard: Shard?, gradescope: Bool, style: Style) -> String {
        var lines: [String] = []
        let shardText = shard.map { " (shard \($0.index + 1) of \($0.count))" } ?? ""
        lines.append(style.bold("Graded \(results.students.count) student\(results.students.count == 1 ? "" : "s") × \(results.columns.count) exercise\(results.columns.count == 1 ? "" : "s")\(shardText)")
            + ": \(graded) checked now, \(resumed) from the journal of an earlier run.")
        let invalid = results.students.filter { results.note($0) != nil }
        for student in invalid { lines.append(style.yellow("  \(DisplayName.clean(student)): not graded, the folder \(DisplayName.clean(results.note(student) ?? ""))")) }
        if gradescope, let student = results.students.first {
            lines.append("Score: \(Score.text(results.total(student))) of \(Score.text(results.maxTotal)). Results: \(out)/results.json")
        } else {
            lines.append("Gradebook: \(out)/gradebook.csv (and gradebook.json); feedback: \(out)/feedback/")
        }
        return lines.joined(separator: "\n")
    }
}
