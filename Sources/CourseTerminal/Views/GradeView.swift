import CourseClassroom
import CourseModel

/// What `course grade` prints: a progress line while it runs, then where everything went.
public enum GradeView {
    public static func progress(finished: Int, total: Int, style: Style, width: Int = 30) -> String {
        let filled = total == 0 ? width : finished * width / total
        let bar = style.green(String(repeating: "#", count: filled)) + style.dim(String(repeating: "-", count: width - filled))
        return "Grading [\(bar)] \(finished) of \(total)"
    }

    public static func summary(_ results: ClassResults, graded: Int, resumed: Int, out: String, shard: Shard?, gradescope: Bool, style: Style) -> String {
        var lines: [String] = []
        let shardText = shard.map { " (shard \($0.index + 1) of \($0.count))" } ?? ""
        lines.append(style.bold("Graded \(results.students.count) student\(results.students.count == 1 ? "" : "s") × \(results.columns.count) exercise\(results.columns.count == 1 ? "" : "s")\(shardText)")
            + ": \(graded) checked now, \(resumed) from the journal of an earlier run.")
        let invalid = results.students.filter { results.note($0) != nil }
        for student in invalid { lines.append(style.yellow("  \(student): not graded, the folder \(results.note(student) ?? "")")) }
        if gradescope, let student = results.students.first {
            lines.append("Score: \(Score.text(results.total(student))) of \(Score.text(results.maxTotal)). Results: \(out)/results.json")
        } else {
            lines.append("Gradebook: \(out)/gradebook.csv (and gradebook.json); feedback: \(out)/feedback/")
        }
        return lines.joined(separator: "\n")
    }
}
