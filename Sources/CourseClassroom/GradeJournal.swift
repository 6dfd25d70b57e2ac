import CourseModel
import Foundation

/// Where `course grade` keeps each (student, exercise) result the moment it is graded: one small JSON file
/// each, written atomically, so Ctrl-C or a killed machine loses at most the checks that were running, and a
/// rerun picks up where it stopped. Shards each keep their own; `--merge` reads them all.
public struct GradeJournal: Sendable {
    public var folder: URL

    public init(output: URL) { folder = output.appendingPathComponent("journal") }

    func file(student: String, exercise: String) -> URL {
        folder.appendingPathComponent(GradeJournal.safe(student)).appendingPathComponent("\(exercise).json")
    }

    /// A student's folder name as a journal folder name (the name itself is kept inside the entry).
    static func safe(_ name: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        let cleaned = String(name.map { allowed.contains($0) ? $0 : "_" })
        return cleaned + "-" + SHA256.hex(Data(name.utf8)).prefix(8)
    }

    /// The kept result, if it was graded with this key.
    public func entry(student: String, exercise: String, key: String) -> GradedExercise? {
        guard let data = RegularFile.contents(file(student: student, exercise: exercise).path, limit: Limits.standard.classFileBytes),
              let entry = try? JSONDecoder().decode(GradedExercise.self, from: data),
              entry.key == key, entry.student == student, entry.exercise == exercise else { return nil }
        return entry
    }

    public func record(_ entry: GradedExercise) throws {
        let url = file(student: entry.student, exercise: entry.exercise)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(try JSONOutput.data(entry), to: url)
    }

    /// Every entry kept in this journal, in no particular order.
    public func all() -> [GradedExercise] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var entries: [GradedExercise] = []
        for case let url as URL in enumerator where url.pathExtension == "json" {
            if let data = RegularFile.contents(url.path, limit: Limits.standard.classFileBytes), let entry = try? JSONDecoder().decode(GradedExercise.self, from: data) {
                entries.append(entry)
            }
        }
        return entries
    }

    /// Where a student's submission time is kept (not a `.json` file: `all()` reads results only).
    func submissionFile(student: String) -> URL {
        folder.appendingPathComponent(GradeJournal.safe(student)).appendingPathComponent("submission.time")
    }

    struct Submission: Codable { var student: String; var submitted_at: String }

    /// Keeps when a student submitted (`SubmissionTime`), so a merge of shards knows it too.
    public func recordSubmission(student: String, at time: Date?) throws {
        let url = submissionFile(student: student)
        guard let time else { try? FileManager.default.removeItem(at: url); return }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(try JSONOutput.data(Submission(student: student, submitted_at: LatePolicy.text(time))), to: url)
    }

    /// Every kept submission time, by student.
    public func submissionTimes() -> [String: Date] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [:] }
        var times: [String: Date] = [:]
        for case let url as URL in enumerator where url.lastPathComponent == "submission.time" {
            if let data = RegularFile.contents(url.path, limit: Limits.standard.stampBytes), let kept = try? JSONDecoder().decode(Submission.self, from: data),
               let date = SubmissionTime.parse(kept.submitted_at) {
                times[kept.student] = date
            }
        }
        return times
    }
}
