/// The gradebook as learning platforms import it, for the students the class list (`--roster`) names; a
/// student it does not list is left out (and listed as `not_in_roster` in gradebook.json). The score is the
/// final one: after any late penalty (`--due`).
/// - `canvas.csv`: Canvas's gradebook import: `Student`, `ID`, `SIS User ID`, `SIS Login ID`, `Section`,
///   then one assignment column named after the course, and a `Points Possible` row. `ID` (Canvas's own
///   number) is left empty: Canvas matches by `SIS User ID` (the class list's `student_id`) or `SIS Login ID`.
/// - `moodle.csv`: for Moodle's "Import grades from CSV": `Email address`, `ID number`, `Full name` and one
///   grade column named after the course; on import, map `Email address` (or `ID number`) to the user field.
public enum LMSExport {
    public static func canvas(_ results: ClassResults) -> String? {
        guard let match = results.classList else { return nil }
        var rows = [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", results.courseTitle],
                    ["Points Possible", "", "", "", "", Score.text(results.maxTotal)]]
        for student in results.students {
            guard let person = match.people[student] else { continue }
            rows.append([person.name, "", person.student_id, person.login ?? "", person.section ?? "", Score.text(results.final(student))])
        }
        return table(rows)
    }

    public static func moodle(_ results: ClassResults) -> String? {
        guard let match = results.classList else { return nil }
        var rows = [["Email address", "ID number", "Full name", results.courseTitle]]
        for student in results.students {
            guard let person = match.people[student] else { continue }
            rows.append([person.email, person.student_id, person.name, Score.text(results.final(student))])
        }
        return table(rows)
    }

    static func table(_ rows: [[String]]) -> String {
        rows.map { $0.map(Gradebook.cell).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
