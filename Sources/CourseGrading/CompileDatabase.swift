import CourseModel
import Foundation

/// `Exercises/compile_commands.json` (clang's JSON compilation database), which sourcekit-lsp reads to check
/// the learner's files as they are typed: each exercise file, and each Swift helper of its support folder,
/// gets the arguments that make it the module the grader compiles (`BuildPlan.learnerModuleFlags`: the
/// exercise's flags, its sanitizers, `-I` of its support folder for C modules, its helpers in the same
/// module). Never the hidden tests or the solution. Paths are absolute, so the file belongs to one machine
/// and is kept out of git.
public enum CompileDatabase {
    /// One entry of the database.
    public struct Entry: Codable, Equatable, Sendable {
        public var directory: String
        public var file: String
        public var arguments: [String]
    }

    /// What `refresh` did.
    public enum Outcome: Equatable, Sendable {
        /// The file held something else, or nothing: it was written.
        case written
        /// The file already held exactly these entries: left alone (its modification time too).
        case unchanged
        /// The course has no `Exercises/` folder: nothing to describe.
        case skipped
        /// It could not be written; the reason, in a few words.
        case failed(String)
    }

    /// Every exercise's entries, in course order.
    public static func entries(course: Course, toolchain: Toolchain) -> [Entry] {
        let root = course.root.standardizedFileURL
        var entries: [Entry] = []
        for exercise in course.exercises {
            let support = ExerciseSupport(course: course, exercise: exercise)
            // The scratch folder is no part of the flags the learner's module is compiled with.
            let plan = BuildPlan(work: root, settings: exercise.settings, toolchain: toolchain, supportFolder: support.folder)
            let files = [root.appendingPathComponent(exercise.learnerPath).path] + support.swift
            let arguments = [toolchain.swiftc] + plan.learnerModuleFlags + files
            entries += files.map { Entry(directory: root.path, file: $0, arguments: arguments) }
        }
        return entries
    }

    /// The file's bytes: the same entries always give the same bytes.
    public static func encode(_ entries: [Entry]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(entries)) ?? Data("[]".utf8)) + Data("\n".utf8)
    }

    /// Writes the database when what it holds is stale (an exercise, a support folder, a flag or the
    /// compiler's path changed) or missing; an up-to-date file is not touched. Never throws: a course
    /// whose folder cannot be written is still a course.
    @discardableResult
    public static func refresh(course: Course, toolchain: Toolchain) -> Outcome {
        let exercises = course.url(Layout.exercises)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: exercises.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .skipped
        }
        let url = course.url(Layout.compileDatabase)
        let data = encode(entries(course: course, toolchain: toolchain))
        if RegularFile.contents(url.path, limit: data.count + 1) == data { return .unchanged }
        do {
            try AtomicFile.write(data, to: url)
            return .written
        } catch CourseError.fileSystem(_, let reason) {
            return .failed(reason)
        } catch {
            return .failed(error.localizedDescription)
        }
    }
}
