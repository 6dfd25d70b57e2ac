import Foundation

/// `course hint`, `course reset` and `course solution`.
extension Session {
    func hint() throws -> Int32 {
        try extraArguments(max: 1)
        let exercise = try exerciseArgument(try loadProgress(), required: true)
        let hints = exercise.settings.hints
        guard !hints.isEmpty else {
            out("\(exercise.id) has no hints. Re-read the lesson with \(style.command("course lesson \(exercise.lessonNumber)")).")
            return 0
        }
        var used = 0
        let saved = try updateProgress { progress in
            used = min(progress[exercise.id].hintsUsed + 1, hints.count)
            progress[exercise.id].hintsUsed = used
        }
        if saved == nil { used = min(try loadProgress()[exercise.id].hintsUsed + 1, hints.count) }
        out(style.bold("Hint \(used) of \(hints.count) for \(exercise.id) (\(exercise.settings.title)):"))
        out(hints[used - 1])
        if used < hints.count {
            out(style.dim("\nRun 'course hint \(exercise.id)' again for a stronger hint."))
        } else {
            out(style.dim("\nThat was the last hint. The reference solution unlocks once your solution passes."))
        }
        return 0
    }

    func reset() throws -> Int32 {
        try extraArguments(max: 1)
        let exercise = try exerciseArgument(try loadProgress(), required: true)
        let fm = FileManager.default
        guard let starter = fm.contents(atPath: course.url(exercise.starterPath).path) else {
            throw CourseError.invalidCourse(file: exercise.starterPath, reason: "is missing, so the starter cannot be restored. Tell your instructor.")
        }
        let learner = course.url(exercise.learnerPath)
        if let current = fm.contents(atPath: learner.path) {
            if current == starter {
                out("\(exercise.learnerPath) is already the starter; nothing to do.")
                return 0
            }
            let backups = course.url(".course/backups")
            let stamp = ISO8601DateFormatter().string(from: context.now()).replacingOccurrences(of: ":", with: "")
            let backup = backups.appendingPathComponent("\(exercise.id)-\(stamp).swift")
            do {
                try fm.createDirectory(at: backups, withIntermediateDirectories: true)
                try AtomicFile.write(current, to: backup)
            } catch {
                throw CourseError.fileSystem(path: backup.path, reason: "could not save a backup of your file, so nothing was changed (\(error))")
            }
            out("Your previous file was saved as \(relative(backup)).")
        }
        do {
            try fm.createDirectory(at: learner.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(starter, to: learner)
        } catch {
            throw CourseError.fileSystem(path: exercise.learnerPath, reason: "could not be written (\(error))")
        }
        out("\(exercise.learnerPath) is back to its starter. Check it with \(style.command("course check \(exercise.id)")).")
        return 0
    }

    func solution() throws -> Int32 {
        try extraArguments(max: 1)
        let progress = try loadProgress()
        let exercise = try exerciseArgument(progress, required: true)
        guard progress[exercise.id].status == .done || arguments.flags.contains("--force") else {
            throw CourseError.solutionLocked(exercise: exercise.id)
        }
        guard let text = try? String(contentsOf: course.url(exercise.solutionPath), encoding: .utf8) else {
            throw CourseError.invalidCourse(file: exercise.solutionPath, reason: "is missing. Tell your instructor.")
        }
        out(style.bold("Reference solution for \(exercise.id) (\(exercise.solutionPath)):") + "\n")
        out(text)
        return 0
    }

    func relative(_ url: URL) -> String {
        let root = course.root.path.hasSuffix("/") ? course.root.path : course.root.path + "/"
        return url.path.hasPrefix(root) ? String(url.path.dropFirst(root.count)) : url.path
    }
}
