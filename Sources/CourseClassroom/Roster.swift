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

    public var students: [Student]

    /// Reads a submissions folder. Hidden entries are skipped; anything else is a student, perhaps one whose
    /// folder has the wrong shape (then `problem` says why, and the gradebook shows it).
    public static func scan(_ submissions: URL) throws -> Roster {
        guard isRealFolder(submissions) else {
            throw CourseError.fileSystem(path: submissions.path, reason: "is not a folder; give the folder that holds one folder per student")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: submissions.path).filter { !$0.hasPrefix(".") }.sorted()
        return Roster(students: names.map { student(named: $0, in: submissions) })
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
