import CourseGrading
import CourseModel
import CourseTerminal
import Foundation

/// What several screens do to a course's exercises: check one, reveal a hint, reset one, show the list.
/// The commands (`check`, `hint`, `reset`, `list`) and the key loops (`watch`, the interactive `list`)
/// all call this one service; no command calls another.
struct ExerciseActions: Sendable {
    let course: Course
    let progress: ProgressAccess

    init(course: Course, progress: ProgressAccess) {
        self.course = course
        self.progress = progress
    }

    /// The actions with the invocation's progress file.
    init(_ invocation: Invocation, course: Course) {
        self.init(course: course, progress: invocation.progress(of: course))
    }

    /// Grades the learner's file and records the attempt: `course check`, every save in `course watch`, `c` in the list.
    func check(_ exercise: Exercise, graders: GraderFactory, now: Date) throws -> GradeReport {
        let grader = try graders.grader()
        var report = grader.grade(course: course, exercise: exercise, submission: course.url(exercise.learnerPath),
                                  displayPath: exercise.learnerPath)
        if let notice = graders.fallbackNotice(grader) { progress.output.err(notice) }
        var previous: String?
        try progress.update { recorded in
            previous = recorded[exercise.id].lastCheckedHash
            recorded.record(report, at: now)
        }
        report.unchangedSinceLastCheck = previous == report.submissionHash
        return report
    }

    /// Counts and shows the next hint: `course hint`, `h` in `course watch`.
    func revealHint(_ exercise: Exercise, output: Output, watching: Bool = false) throws {
        let hints = exercise.settings.hints
        guard !hints.isEmpty else {
            output.raw(HintView.render(exercise, used: 0, style: output.style, watching: watching))
            return
        }
        var used = 0
        let saved = try progress.update { progress in
            used = min(progress[exercise.id].hintsUsed + 1, hints.count)
            progress[exercise.id].hintsUsed = used
        }
        if saved == nil { used = min(try progress.load()[exercise.id].hintsUsed + 1, hints.count) }
        output.raw(HintView.render(exercise, used: used, style: output.style, watching: watching))
    }

    /// Restores the starter, keeping the learner's file as a backup first: `course reset`, `r` in the list.
    func reset(_ exercise: Exercise, output: Output, now: Date) throws {
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

    /// The list, as text or JSON: `course list`, `l` in `course watch`.
    func showList(output: Output, json: Bool) throws {
        let summary = course.summary(of: try progress.load())
        if json {
            output.out(try JSONOutput.text(ListView.json(course, summary: summary)))
            return
        }
        output.raw(ListView.render(course, summary: summary, style: output.style))
        if course.exercises.isEmpty && course.broken.isEmpty { output.out("\n" + course.noExercisesMessage) }
        if !course.problems.isEmpty { output.err(ListView.problemsNote(count: course.problems.count, style: output.style)) }
    }
}
