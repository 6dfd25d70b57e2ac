import CourseModel
import Foundation

/// `course reset`: restores the starter, keeping the learner's file as a backup first.
struct ResetCommand: Command {
    let name = "reset"
    let summary = "Restore an exercise's starter file."
    let arguments = "<exercise-N>"
    var details: String { "Your current file is kept as a backup in \(Layout.backups)/ first. Works without git." }

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        try invocation.expectArguments(max: 1)
        let exercise = try invocation.exercise(in: course, progress: try invocation.progress(of: course).load(), required: true)
        try Self.reset(exercise, course: course, output: invocation.output, now: invocation.context.now())
        return 0
    }

    /// Restores the starter, keeping the learner's file as a backup first; the interactive list's `r` calls this too.
    static func reset(_ exercise: Exercise, course: Course, output: Output, now: Date) throws {
        let fm = FileManager.default
        guard let starter = fm.contents(atPath: course.url(exercise.starterPath).path) else {
            throw CourseError.invalidCourse(file: exercise.starterPath, reason: "is missing, so the starter cannot be restored. Tell your instructor.")
        }
        let learner = course.url(exercise.learnerPath)
        if let current = RegularFile.contents(learner.path) {
            if current == starter {
                output.out("\(output.style.path(exercise.learnerPath)) is already the starter; nothing to do.")
                return
            }
            let backups = course.url(Layout.backups)
            let stamp = ISO8601DateFormatter().string(from: now).replacingOccurrences(of: ":", with: "")
            let backup = backups.appendingPathComponent("\(exercise.id)-\(stamp).swift")
            do {
                try fm.createDirectory(at: backups, withIntermediateDirectories: true)
                try AtomicFile.write(current, to: backup)
            } catch {
                throw CourseError.fileSystem(path: backup.path, reason: "could not save a backup of your file, so nothing was changed (\(error))")
            }
            output.out("Your previous file was saved as \(output.style.path(course.relativePath(backup))).")
        }
        do {
            try fm.createDirectory(at: learner.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(starter, to: learner)
        } catch {
            throw CourseError.fileSystem(path: exercise.learnerPath, reason: "could not be written (\(error))")
        }
        output.out("\(output.style.path(exercise.learnerPath)) is back to its starter. Check it with \(output.style.command("course check \(exercise.id)")).")
    }
}

extension Course {
    /// A URL inside the course as a path relative to its root; other URLs as absolute paths.
    func relativePath(_ url: URL) -> String {
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : url.path
    }
}
