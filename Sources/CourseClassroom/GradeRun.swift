import CourseGrading
import CourseModel
import Foundation

/// What one `course grade` run graded, kept beside its journal as `run.json`: which shard of how many, which
/// exercises, and which version of the course (a digest of the tool's version and every graded exercise's
/// hidden files, settings and reference solution). `--merge` reads it to refuse a set of shards that is
/// incomplete or was graded over different exercises or course versions.
public struct GradeRun: Codable, Equatable, Sendable {
    /// K of K/N, from 1.
    public var shard: Int
    /// N of K/N.
    public var shards: Int
    public var exercises: [String]
    public var course_version: String

    public static let fileName = "run.json"

    public init(shard: Shard, exercises: [Exercise], course: Course) {
        self.shard = shard.index + 1
        self.shards = shard.count
        self.exercises = exercises.map(\.id)
        self.course_version = GradeRun.version(of: course, exercises: exercises)
    }

    /// The digest of everything about the chosen exercises that a verdict or a score depends on, besides the
    /// toolchain and the machine.
    public static func version(of course: Course, exercises: [Exercise]) -> String {
        var hasher = SHA256()
        hasher.update(field: "course \(CourseFormat.toolVersion)")
        for exercise in exercises {
            hasher.update(field: exercise.id)
            for (path, data) in ExerciseInputs(course: course, exercise: exercise).fingerprintFiles {
                hasher.update(field: path)
                hasher.update(field: String(data.count))
                hasher.update(data)
            }
        }
        return hasher.hexDigest()
    }

    public func write(to out: URL) throws {
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try AtomicFile.write(try JSONOutput.data(self), to: out.appendingPathComponent(Self.fileName))
    }

    public static func read(_ out: URL) throws -> GradeRun {
        let url = out.appendingPathComponent(fileName)
        guard let data = RegularFile.contents(url.path, limit: Limits.standard.recordBytes) else {
            throw CourseError.fileSystem(path: out.path, reason: "has no \(fileName), which says which shard it is; it was graded by an older "
                + "version of course: grade it again with this one")
        }
        guard let run = try? JSONDecoder().decode(GradeRun.self, from: data) else {
            throw CourseError.fileSystem(path: url.path, reason: "is damaged; grade \(out.path) again")
        }
        return run
    }

    /// The run that the merge of `runs` (each with its folder) stands for, or why they do not make a whole:
    /// every shard of one split exactly once, the same exercises, the same course version, and that version
    /// the course's now (whose points and titles the merged files show).
    public static func merged(_ runs: [(folder: URL, run: GradeRun)], course: Course) throws -> GradeRun {
        guard let first = runs.first else { throw CourseError.usage("--merge needs at least one shard output folder") }
        for (folder, run) in runs where run.shards != first.run.shards {
            throw CourseError.usage("\(folder.path) is shard \(run.shard)/\(run.shards) but \(first.folder.path) is shard "
                + "\(first.run.shard)/\(first.run.shards): merge the shards of one split")
        }
        var seen: [Int: URL] = [:]
        for (folder, run) in runs {
            if let other = seen[run.shard] {
                throw CourseError.usage("shard \(run.shard)/\(run.shards) is given twice (\(other.path) and \(folder.path)); give each shard once")
            }
            seen[run.shard] = folder
        }
        let missing = (1...first.run.shards).filter { seen[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { "\($0)/\(first.run.shards)" }.joined(separator: ", ")
            throw CourseError.usage("shard\(missing.count == 1 ? "" : "s") \(names) \(missing.count == 1 ? "is" : "are") missing: "
                + "merge the --out folders of all \(first.run.shards) shards (a shard that failed can be graded again with its --shard K/N)")
        }
        for (folder, run) in runs where run.exercises != first.run.exercises {
            throw CourseError.usage("\(folder.path) graded \(run.exercises.joined(separator: ",")) but \(first.folder.path) graded "
                + "\(first.run.exercises.joined(separator: ",")): grade every shard with the same --exercises")
        }
        for (folder, run) in runs where run.course_version != first.run.course_version {
            throw CourseError.usage("\(folder.path) and \(first.folder.path) were graded against different versions of the course "
                + "(its hidden tests, settings or solutions changed between them): grade every shard again with the same course")
        }
        let exercises = try first.run.exercises.map { try course.exercise($0) }
        var whole = GradeRun(shard: .whole, exercises: exercises, course: course)
        guard whole.course_version == first.run.course_version else {
            throw CourseError.usage("the shards were graded against a different version of this course (its hidden tests, settings or "
                + "solutions changed since): merge from the course they were graded with, or grade them again")
        }
        whole.exercises = first.run.exercises
        return whole
    }
}
