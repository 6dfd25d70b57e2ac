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

    public init(entries: [GradedExercise], course: Course) {
        courseTitle = course.title
        var table: [String: [String: GradedExercise]] = [:]
        for entry in entries { table[entry.student, default: [:]][entry.exercise] = entry }
        self.table = table
        students = table.keys.sorted()
        let graded = Set(entries.map(\.exercise))
        columns = course.exercises.filter { graded.contains($0.id) }
            .map { Column(id: $0.id, title: $0.settings.title, points: Score.rounded($0.settings.points)) }
    }

    public func entry(_ student: String, _ exercise: String) -> GradedExercise? { table[student]?[exercise] }

    public func total(_ student: String) -> Double {
        Score.rounded(columns.compactMap { entry(student, $0.id)?.score }.reduce(0, +))
    }

    public var maxTotal: Double { Score.rounded(columns.map(\.points).reduce(0, +)) }

    /// Why a student's folder could not be graded, when it could not.
    public func note(_ student: String) -> String? {
        columns.lazy.compactMap { self.entry(student, $0.id) }.first { $0.outcome == .invalid }?.message
    }
}

/// `gradebook.csv` and `gradebook.json`.
public enum Gradebook {
    public static func csv(_ results: ClassResults) -> String {
        var lines = [(["student"] + results.columns.map(\.id) + ["total", "max", "notes"]).map(cell).joined(separator: ",")]
        for student in results.students {
            var row = [student]
            for column in results.columns {
                let entry = results.entry(student, column.id)
                row.append(entry.map { Score.text($0.score) } ?? "")
            }
            row += [Score.text(results.total(student)), Score.text(results.maxTotal), results.note(student) ?? ""]
            lines.append(row.map(cell).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One CSV cell: quoted when it must be, and a leading =, +, - or @ defused so a spreadsheet never runs
    /// a student-chosen folder name as a formula.
    static func cell(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@\t\r".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { ",\"\n\r".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    struct Document: Codable {
        struct Column: Codable { var id: String; var title: String; var points: Double }
        struct Cell: Codable { var outcome: String; var score: Double; var max_score: Double; var message: String?; var tests_passed: Int; var tests: Int }
        struct Student: Codable { var name: String; var total: Double; var max_total: Double; var notes: String?; var exercises: [String: Cell] }
        var course: String
        var exercises: [Column]
        var students: [Student]
    }

    public static func json(_ results: ClassResults) throws -> Data {
        let students = results.students.map { name -> Document.Student in
            var cells: [String: Document.Cell] = [:]
            for column in results.columns {
                guard let entry = results.entry(name, column.id) else { continue }
                cells[column.id] = Document.Cell(outcome: entry.outcome.rawValue, score: entry.score, max_score: entry.maxScore,
                                                 message: entry.message, tests_passed: entry.tests.filter(\.passed).count,
                                                 tests: entry.tests.count)
            }
            return Document.Student(name: name, total: results.total(name), max_total: results.maxTotal, notes: results.note(name), exercises: cells)
        }
        let document = Document(course: results.courseTitle,
                                exercises: results.columns.map { Document.Column(id: $0.id, title: $0.title, points: $0.points) },
                                students: students)
        return try JSONOutput.data(document)
    }
}
