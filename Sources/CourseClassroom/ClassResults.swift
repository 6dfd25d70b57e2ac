import CourseModel
import Foundation

/// A class's results, assembled from journal entries alone: what every output file is written from. The same
/// entries always give the same bytes, whichever machine or shard graded them.
public struct ClassResults: Sendable {
    public struct Column: Equatable, Sendable {
        public var id: String
        public var title: String
        public var points: Double
    }

    public var courseTitle: String
    /// The graded exercises, in course order.
    public var columns: [Column]
    /// Student names, sorted.
    public var students: [String]
    var table: [String: [String: GradedExercise]]
    /// Who each student is, when a class list (`--roster`) was given.
    public var classList: ClassList.Match?
    /// The deadline, when one was given (`--due`), and when each student submitted.
    public var deadline: LatePolicy?
    public var submitted: [String: Date] = [:]

    public init(entries: [GradedExercise], course: Course, classList: ClassList? = nil) {
        courseTitle = course.title
        var table: [String: [String: GradedExercise]] = [:]
        for entry in entries { table[entry.student, default: [:]][entry.exercise] = entry }
        self.table = table
        students = table.keys.sorted()
        let graded = Set(entries.map(\.exercise))
        columns = course.exercises.filter { graded.contains($0.id) }
            .map { Column(id: $0.id, title: $0.settings.title, points: Score.rounded($0.settings.points)) }
        self.classList = classList?.match(students)
    }

    public func entry(_ student: String, _ exercise: String) -> GradedExercise? { table[student]?[exercise] }

    public func total(_ student: String) -> Double {
        Score.rounded(columns.compactMap { entry(student, $0.id)?.score }.reduce(0, +))
    }

    public var maxTotal: Double { Score.rounded(columns.map(\.points).reduce(0, +)) }

    /// How late a student was, when there is a deadline.
    public func lateness(_ student: String) -> LatePolicy.Lateness? {
        deadline?.lateness(submitted: submitted[student], extensionDays: classList?.people[student]?.extension_days ?? 0)
    }

    /// The score that counts: the total after any late penalty.
    public func final(_ student: String) -> Double {
        lateness(student).map { LatePolicy.final(total(student), $0) } ?? total(student)
    }

    /// Why a student's folder could not be graded, when it could not.
    public func note(_ student: String) -> String? {
        columns.lazy.compactMap { self.entry(student, $0.id) }.first { $0.outcome == .invalid }?.message
    }
}

/// `gradebook.csv` and `gradebook.json`.
public enum Gradebook {
    public static func csv(_ results: ClassResults) -> String {
        let who = results.classList.map { _ in ["student_id", "name", "email"] } ?? []
        let late = results.deadline.map { _ in ["submitted", "days_late", "penalty_percent", "final"] } ?? []
        var lines = [(["student"] + who + results.columns.map(\.id) + ["total", "max"] + late + ["notes"]).map(cell).joined(separator: ",")]
        for student in results.students {
            var row = [DisplayName.clean(student)]
            if let match = results.classList {
                let person = match.people[student]
                row += [person?.student_id ?? "", person?.name ?? "", person?.email ?? ""]
            }
            for column in results.columns {
                let entry = results.entry(student, column.id)
                row.append(entry.map { Score.text($0.score) } ?? "")
            }
            row += [Score.text(results.total(student)), Score.text(results.maxTotal)]
            if let lateness = results.lateness(student) {
                row += [lateness.submitted.map(LatePolicy.text) ?? "", String(lateness.daysLate), Score.text(lateness.penalty),
                        Score.text(results.final(student))]
            }
            row.append(results.note(student) ?? "")
            lines.append(row.map(cell).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One CSV cell: control characters made visible (`DisplayName`), quoted when it must be, and a leading
    /// =, +, - or @ defused so a spreadsheet never runs a student-chosen folder name as a formula.
    static func cell(_ text: String) -> String {
        var value = DisplayName.text(text)
        if let first = value.first, "=+-@\t\r".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { ",\"\n\r".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    struct Document: Codable {
        struct Column: Codable { var id: String; var title: String; var points: Double }
        struct Cell: Codable { var outcome: String; var score: Double; var max_score: Double; var message: String?; var tests_passed: Int; var tests: Int }
        struct Student: Codable {
            var name: String
            var student_id: String?
            var full_name: String?
            var email: String?
            var total: Double
            var submitted_at: String?
            var days_late: Int?
            var penalty_percent: Double?
            var final: Double?
            var max_total: Double
            var notes: String?
            var exercises: [String: Cell]
        }
        var course: String
        var exercises: [Column]
        var students: [Student]
        /// With a class list: submission folders it does not list, and its entries with no submission.
        var not_in_roster: [String]?
        var no_submission: [ClassList.Person]?
    }

    public static func json(_ results: ClassResults) throws -> Data {
        let students = results.students.map { name -> Document.Student in
            var cells: [String: Document.Cell] = [:]
            for column in results.columns {
                guard let entry = results.entry(name, column.id) else { continue }
                cells[column.id] = Document.Cell(outcome: entry.outcome.rawValue, score: entry.score, max_score: entry.maxScore,
                                                 message: entry.message.map(DisplayName.text), tests_passed: entry.tests.filter(\.passed).count,
                                                 tests: entry.tests.count)
            }
            let person = results.classList?.people[name]
            let lateness = results.lateness(name)
            return Document.Student(name: DisplayName.clean(name), student_id: person?.student_id, full_name: person?.name, email: person?.email,
                                    total: results.total(name), submitted_at: lateness?.submitted.map(LatePolicy.text),
                                    days_late: lateness?.daysLate, penalty_percent: lateness?.penalty,
                                    final: lateness.map { _ in results.final(name) }, max_total: results.maxTotal, notes: results.note(name).map(DisplayName.text),
                                    exercises: cells)
        }
        let document = Document(course: results.courseTitle,
                                exercises: results.columns.map { Document.Column(id: $0.id, title: $0.title, points: $0.points) },
                                students: students, not_in_roster: results.classList?.unlisted.map(DisplayName.clean),
                                no_submission: results.classList?.absent)
        return try JSONOutput.data(document)
    }
}
