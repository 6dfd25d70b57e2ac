import CourseModel
import Foundation

/// `validate --fix`: the learner's file and its pristine copy (`Tests/Hidden/exercise-K/starter.swift`,
/// what `course reset` restores) must be the same file, so an instructor edits either one and `--fix`
/// copies the newer over the older. The older is kept in `.course/backups/` first: nothing is lost.
public enum StarterSync {
    /// One copy made.
    public struct Action: Equatable, Sendable {
        public var from: String
        public var to: String
        /// Where the overwritten file was kept, when there was one.
        public var backup: String?

        public var description: String {
            "copied \(from) over \(to)" + (backup.map { " (the old \(to) is kept as \($0))" } ?? " (it was missing)")
        }
    }

    public static func fix(course: Course, exercises: [Exercise], now: Date) throws -> [Action] {
        var actions: [Action] = []
        for exercise in exercises {
            let learner = exercise.learnerPath, starter = exercise.starterPath
            let learnerData = RegularFile.contents(course.url(learner).path)
            let starterData = RegularFile.contents(course.url(starter).path)
            switch (learnerData, starterData) {
            case (nil, nil):
                continue  // reported as missing; nothing to copy
            case (let data?, nil):
                try write(data, to: starter, in: course)
                actions.append(Action(from: learner, to: starter))
            case (nil, let data?):
                try write(data, to: learner, in: course)
                actions.append(Action(from: starter, to: learner))
            case (let l?, let s?) where l != s:
                let newerIsLearner = modified(course.url(learner)) >= modified(course.url(starter))
                let (from, to, data, old) = newerIsLearner ? (learner, starter, l, s) : (starter, learner, s, l)
                let stamp = ISO8601DateFormatter().string(from: now).replacingOccurrences(of: ":", with: "")
                let backup = "\(Layout.backups)/\(exercise.id)-\(newerIsLearner ? "starter" : "learner")-\(stamp).swift"
                try write(old, to: backup, in: course)
                try write(data, to: to, in: course)
                actions.append(Action(from: from, to: to, backup: backup))
            default:
                continue
            }
        }
        return actions
    }

    static func modified(_ url: URL) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
    }

    static func write(_ data: Data, to relative: String, in course: Course) throws {
        let url = course.url(relative)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(data, to: url)
        } catch {
            throw CourseError.fileSystem(path: relative, reason: "could not be written, so nothing else was changed (\(error.localizedDescription))")
        }
    }
}
