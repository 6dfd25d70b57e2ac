import CourseModel
import Foundation

/// The class list (`roster.csv`, `--roster`): who each submission folder belongs to. Its header names the
/// columns, in any order: `folder` (the submission folder's name or the student's GitHub username; also
/// `github` or `username`), `student_id` (also `id` or `sis_id`), `name`, `email`, and optionally `section`,
/// `login` (the LMS login, Canvas's "SIS Login ID") and `extension_days` (a deadline extension, in days). A folder matches its entry by name (case aside, as
/// GitHub usernames), or as GitHub Classroom names clones, `<assignment>-<username>`.
public struct ClassList: Equatable, Sendable {
    public struct Person: Codable, Equatable, Sendable {
        public var folder: String
        public var student_id: String
        public var name: String
        public var email: String
        public var section: String?
        public var login: String?
        public var extension_days: Double?
    }

    public var people: [Person]

    static let aliases: [String: String] = [
        "folder": "folder", "github": "folder", "github_username": "folder", "username": "folder",
        "student_id": "student_id", "id": "student_id", "sis_id": "student_id",
        "name": "name", "email": "email", "section": "section", "login": "login", "extension_days": "extension_days",
    ]
    static let required = ["folder", "student_id", "name", "email"]

    public static func read(_ url: URL) throws -> ClassList {
        guard let data = RegularFile.contents(url.path, limit: Limits.standard.classFileBytes) else {
            throw CourseError.fileSystem(path: url.path, reason: "cannot be read as a file; give the class list as a CSV file (--roster roster.csv)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CourseError.fileSystem(path: url.path, reason: "is not UTF-8 text; save the class list as CSV UTF-8")
        }
        return try parse(text, path: url.path)
    }

    public static func parse(_ text: String, path: String) throws -> ClassList {
        let rows: [[String]]
        do { rows = try CSVTable.parse(text) } catch let problem as CSVTable.Problem {
            throw CourseError.invalidCourse(file: "\(path):\(problem.line)", reason: problem.reason)
        }
        guard let header = rows.first else {
            throw CourseError.invalidCourse(file: path, reason: "is empty; its first line names the columns: folder,student_id,name,email")
        }
        var column: [String: Int] = [:]
        for (index, title) in header.enumerated() {
            let key = title.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "_")
            if let known = aliases[key], column[known] == nil { column[known] = index }
        }
        let missing = required.filter { column[$0] == nil }
        guard missing.isEmpty else {
            throw CourseError.invalidCourse(file: path, reason: "has no \(missing.joined(separator: ", ")) column\(missing.count == 1 ? "" : "s"); "
                + "its first line names the columns, e.g. folder,student_id,name,email")
        }
        var people: [Person] = []
        var seen: [String: Int] = [:]
        for (offset, row) in rows.dropFirst().enumerated() {
            let line = offset + 2
            func value(_ key: String) -> String? {
                column[key].flatMap { $0 < row.count ? row[$0].trimmingCharacters(in: .whitespaces) : nil }
            }
            guard let folder = value("folder"), !folder.isEmpty else {
                throw CourseError.invalidCourse(file: "\(path):\(line)", reason: "has no folder; every entry names the student's submission folder or GitHub username")
            }
            if let earlier = seen[folder.lowercased()] {
                throw CourseError.invalidCourse(file: "\(path):\(line)", reason: "lists \(DisplayName.clean(folder)) again (first on line \(earlier)); give each student once")
            }
            seen[folder.lowercased()] = line
            var extensionDays: Double?
            if let raw = value("extension_days"), !raw.isEmpty {
                guard let days = Double(raw), days >= 0, days <= 365 else {
                    throw CourseError.invalidCourse(file: "\(path):\(line)", reason: "has extension_days '\(DisplayName.clean(raw))'; give a number of days from 0 to 365")
                }
                extensionDays = days
            }
            people.append(Person(folder: folder, student_id: value("student_id") ?? "", name: value("name") ?? "", email: value("email") ?? "",
                                 section: value("section").flatMap { $0.isEmpty ? nil : $0 }, login: value("login").flatMap { $0.isEmpty ? nil : $0 },
                                 extension_days: extensionDays))
        }
        return ClassList(people: people)
    }

    /// Which graded students (submission folder names) have an entry, which have none, and which entries have no submission.
    public struct Match: Equatable, Sendable {
        public var people: [String: Person]
        /// Submission folders with no entry in the class list.
        public var unlisted: [String]
        /// Entries with no submission folder.
        public var absent: [Person]
    }

    public func match(_ students: [String]) -> Match {
        var byName: [String: Person] = [:]
        for person in people { byName[person.folder.lowercased()] = person }
        var found: [String: Person] = [:], unlisted: [String] = []
        var used = Set<String>()
        for student in students {
            let key = student.lowercased()
            let suffixed = people.filter { key.hasSuffix("-" + $0.folder.lowercased()) }
            if let person = byName[key] ?? (suffixed.count == 1 ? suffixed.first : nil) {
                found[student] = person
                used.insert(person.folder.lowercased())
            } else {
                unlisted.append(student)
            }
        }
        return Match(people: found, unlisted: unlisted, absent: people.filter { !used.contains($0.folder.lowercased()) })
    }
}
