import CourseModel
import Foundation

/// The students of a submissions folder: one folder per student, holding a clone of their learner edition
/// (`Exercises/exercise-N.swift`) or just their exercise files (`exercise-N.swift`).
public struct Roster: Equatable, Sendable {
    public struct Student: Equatable, Sendable {
        /// The folder's name, which is how the gradebook names the student.
        public var name: String
        public var folder: URL
        /// Why this folder cannot be graded (not a folder, no exercise files); nil when it can.
        public var problem: String?
        /// Where the student's file for an exercise would be (it may not exist: not submitted).
        public func file(for exercise: String) -> URL {
            let clone = folder.appendingPathComponent(Layout.exercises)
            return Roster.isRealFolder(clone) ? clone.appendingPathComponent("\(exercise).swift")
                : folder.appendingPathComponent("\(exercise).swift")
        }
    }

    /// An entry of the submissions folder that is not a student's folder, and why.
    public struct Skipped: Equatable, Sendable {
        public var name: String
        public var reason: String
    }

    public var students: [Student]
    /// Stray files, links and archive debris beside the students' folders: listed, never graded.
    public var skipped: [Skipped] = []

    public init(students: [Student], skipped: [Skipped] = []) {
        self.students = students
        self.skipped = skipped
    }

    /// Folders that archivers leave beside the real content.
    static let debris: [String: String] = ["__MACOSX": "macOS archive metadata, not a student"]

    /// Reads a submissions folder: each folder in it is a student (perhaps one whose folder has the wrong shape:
    /// then `problem` says why, and the gradebook shows it). Hidden entries are passed over; files, links and
    /// archive debris are `skipped`. A folder that holds no student folders, or that is itself one student's
    /// submission, is refused with what to give instead.
    public static func scan(_ submissions: URL) throws -> Roster {
        guard isRealFolder(submissions) else {
            throw CourseError.fileSystem(path: submissions.path, reason: "is not a folder; give the folder that holds one folder per student")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: submissions.path).filter { !$0.hasPrefix(".") }.sorted()
        if let sign = singleSubmissionSign(submissions, names: names) {
            throw CourseError.fileSystem(path: submissions.path, reason: "looks like one student's submission (it holds \(DisplayName.clean(sign))), "
                + "not a folder of students' folders: give the folder that holds one folder per student, or grade this one "
                + "submission with --format gradescope")
        }
        var students: [Student] = [], skipped: [Skipped] = []
        for name in names {
            let url = submissions.appendingPathComponent(name)
            if let reason = debris[name] {
                skipped.append(Skipped(name: name, reason: reason))
            } else if isRealFolder(url) {
                students.append(student(named: name, in: submissions))
            } else {
                var info = stat()
                let mode = lstat(url.path, &info) == 0 ? info.st_mode & S_IFMT : S_IFREG
                let kind = mode == S_IFREG ? "file" : mode == S_IFLNK ? "symbolic link" : RegularFile.kind(mode)
                skipped.append(Skipped(name: name, reason: "a \(kind), not a folder (each student's files go in a folder named after them\(kind == "symbolic link" ? "; links are not followed" : ""))"))
            }
        }
        guard !students.isEmpty else {
            throw CourseError.fileSystem(path: submissions.path, reason: names.isEmpty
                ? "is empty; put one folder per student in it (a clone of their repository, or their exercise-N.swift files)"
                : "holds no student folders (only \(skipped.map { DisplayName.clean($0.name) }.joined(separator: ", "))); put one folder per student in it")
        }
        return Roster(students: students, skipped: skipped)
    }

    /// What shows that a folder is one submission rather than a folder of them: exercise files or an
    /// `Exercises/` folder, or a course's `course.json`, at its top.
    static func singleSubmissionSign(_ folder: URL, names: [String]) -> String? {
        if let file = names.first(where: { $0.hasSuffix(".swift") && Exercise.number(fromID: String($0.dropLast(6))) != nil }) { return file }
        if names.contains(Layout.exercises), isRealFolder(folder.appendingPathComponent(Layout.exercises)) { return Layout.exercises + "/" }
        if names.contains(Layout.manifest) { return Layout.manifest }
        return nil
    }

    /// A single submission (Gradescope's `/autograder/submission`): the folder itself is the one student.
    public static func single(_ folder: URL, name: String = "submission") -> Roster {
        var student = Student(name: name, folder: folder, problem: nil)
        student.problem = shapeProblem(folder)
        return Roster(students: [student])
    }

    static func student(named name: String, in submissions: URL) -> Student {
        let folder = submissions.appendingPathComponent(name)
        var student = Student(name: name, folder: folder, problem: nil)
        if !isRealFolder(folder) {
            student.problem = "is not a folder (a file or a link); put each student's files in a folder named after them"
        } else {
            student.problem = shapeProblem(folder)
        }
        return student
    }

    static func shapeProblem(_ folder: URL) -> String? {
        guard isRealFolder(folder) else { return "is not a folder" }
        if isRealFolder(folder.appendingPathComponent(Layout.exercises)) { return nil }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if names.contains(where: { Exercise.number(fromID: String($0.dropLast(6))) != nil && $0.hasSuffix(".swift") }) { return nil }
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent(Layout.exercises).path)) != nil {
            return "has an Exercises link instead of a folder; links are not followed"
        }
        return "has no Exercises/ folder and no exercise-N.swift files; expected a clone of the learner edition or the exercise files themselves"
    }

    /// A folder that is not a symbolic link: a student's link could point at the instructor's solutions.
    static func isRealFolder(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Why a student's exercise file cannot be graded as it is: a link (never followed) or not a regular file.
    static func fileProblem(_ url: URL) -> String? {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFLNK: return "is a symbolic link; links are not followed, submit the file itself"
        default: return "is not a regular file (it is a \(RegularFile.kind(info.st_mode)))"
        }
    }

    /// Whether a student submitted a file for the exercise (a link or special file counts as submitted, and is refused).
    static func submitted(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0
    }
}
