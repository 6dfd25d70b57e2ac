import Foundation

/// A learner's progress through a course, saved as JSON.
public struct Progress: Codable, Equatable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// Keyed by exercise id.
    public var exercises: [String: ExerciseProgress]

    public init(schemaVersion: Int = Progress.currentSchemaVersion, exercises: [String: ExerciseProgress] = [:]) {
        self.schemaVersion = schemaVersion
        self.exercises = exercises
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case exercises
    }

    public subscript(id: String) -> ExerciseProgress {
        get { exercises[id] ?? ExerciseProgress() }
        set { exercises[id] = newValue }
    }

    /// Whether `exercise` has a hint the learner has not seen yet.
    public func hintsLeft(_ exercise: Exercise) -> Bool {
        self[exercise.id].hintsUsed < exercise.settings.hints.count
    }

    /// Records one graded attempt: `result` is `pass`, `fail` or `error`; a pass keeps the submission's hash.
    public mutating func record(exercise id: String, result: String, passed: Bool, submissionHash: String, at date: Date) {
        var entry = self[id]
        entry.attempts += 1
        entry.lastCheckedAt = date
        entry.lastResult = result
        entry.lastCheckedHash = submissionHash
        if passed {
            entry.status = .done
            if entry.firstPassedAt == nil { entry.firstPassedAt = date }
            entry.lastPassedAt = date
            entry.passedHash = submissionHash
        }
        self[id] = entry
    }
}

/// One exercise's progress.
public struct ExerciseProgress: Codable, Equatable {
    public enum Status: String, Codable { case pending, done }

    public var status: Status = .pending
    public var attempts = 0
    public var firstPassedAt: Date?
    public var lastPassedAt: Date?
    public var lastCheckedAt: Date?
    /// `pass`, `fail` or `error` from the latest check.
    public var lastResult: String?
    public var hintsUsed = 0
    /// SHA-256 of the submission that last passed.
    public var passedHash: String?
    /// SHA-256 of the submission of the latest check: a check of the same bytes is "unchanged since the last check".
    public var lastCheckedHash: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case status, attempts
        case firstPassedAt = "first_passed_at"
        case lastPassedAt = "last_passed_at"
        case lastCheckedAt = "last_checked_at"
        case lastResult = "last_result"
        case hintsUsed = "hints_used"
        case passedHash = "passed_hash"
        case lastCheckedHash = "last_checked_hash"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        status = try c.decodeIfPresent(Status.self, forKey: .status) ?? .pending
        attempts = max(0, try c.decodeIfPresent(Int.self, forKey: .attempts) ?? 0)
        firstPassedAt = try c.decodeIfPresent(Date.self, forKey: .firstPassedAt)
        lastPassedAt = try c.decodeIfPresent(Date.self, forKey: .lastPassedAt)
        lastCheckedAt = try c.decodeIfPresent(Date.self, forKey: .lastCheckedAt)
        lastResult = try c.decodeIfPresent(String.self, forKey: .lastResult)
        hintsUsed = max(0, try c.decodeIfPresent(Int.self, forKey: .hintsUsed) ?? 0)
        passedHash = try c.decodeIfPresent(String.self, forKey: .passedHash)
        lastCheckedHash = try c.decodeIfPresent(String.self, forKey: .lastCheckedHash)
    }
}

/// What `course list` shows for an exercise.
public enum ExerciseState: String, Equatable {
    case pending
    case done
    /// Passed once, but the file has been edited since.
    case changed
}
