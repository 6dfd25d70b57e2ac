import CourseModel
import Foundation

/// One part of a class graded on several machines: shard `index` (0-based) of `count`. Students are dealt
/// round-robin in name order, so every shard, seeing the same submissions folder, agrees on who is whose.
public struct Shard: Equatable, Sendable {
    public var index: Int
    public var count: Int

    public static let whole = Shard(index: 0, count: 1)

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// `K/N` as people write it: K from 1 to N.
    public static func parse(_ text: String) throws -> Shard {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, n <= 100_000, k >= 1, k <= n else {
            throw CourseError.usage("--shard takes K/N with 1 ≤ K ≤ N, e.g. --shard 2/4 (not '\(text)')")
        }
        return Shard(index: k - 1, count: n)
    }

    /// The shard from the job engine's own variables, when no `--shard` is given: a Kubernetes Indexed Job
    /// (`JOB_COMPLETION_INDEX`, 0-based, with the count from `--shards N`) or a Slurm job array
    /// (`SLURM_ARRAY_TASK_ID` counted from `SLURM_ARRAY_TASK_MIN`, and `SLURM_ARRAY_TASK_COUNT`).
    public static func fromEnvironment(_ environment: [String: String], count: Int?) throws -> Shard? {
        if let raw = environment["JOB_COMPLETION_INDEX"] {
            guard let count else {
                throw CourseError.usage("JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job): give the job's completions with --shards N")
            }
            guard let index = Int(raw), index >= 0, index < count else {
                throw CourseError.usage("JOB_COMPLETION_INDEX is '\(raw)', which is not from 0 to \(count - 1) (--shards \(count))")
            }
            return Shard(index: index, count: count)
        }
        if let raw = environment["SLURM_ARRAY_TASK_ID"] {
            let minimum = Int(environment["SLURM_ARRAY_TASK_MIN"] ?? "0") ?? 0
            guard let id = Int(raw), let total = count ?? environment["SLURM_ARRAY_TASK_COUNT"].flatMap(Int.init), total >= 1,
                  id - minimum >= 0, id - minimum < total else {
                throw CourseError.usage("SLURM_ARRAY_TASK_ID is '\(raw)' but SLURM_ARRAY_TASK_MIN/SLURM_ARRAY_TASK_COUNT do not make it one of the array's tasks; submit with --array=0-(N-1), or pass --shard K/N")
            }
            return Shard(index: id - minimum, count: total)
        }
        return nil
    }

    /// The students of this shard, in name order.
    public func take(_ students: [Roster.Student]) -> [Roster.Student] {
        students.enumerated().filter { $0.offset % count == index }.map(\.element)
    }
}
