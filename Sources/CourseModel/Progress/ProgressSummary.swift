/// Where a learner stands, computed in one place so every screen gives the same counts: each
/// exercise's state (pending, done, changed), the counts, and the current exercise.
public struct ProgressSummary: Equatable {
    /// By exercise id, for every exercise of the course.
    public var states: [String: ExerciseState]
    public var total: Int
    /// The first exercise not yet passed, in learning order; nil when every one has passed.
    public var currentID: String?

    /// Exercises whose file, as it is now, is the one that passed.
    public var done: Int { states.values.filter { $0 == .done }.count }
    /// Exercises that passed once and have been edited (or reset) since: not counted as done.
    public var changed: Int { states.values.filter { $0 == .changed }.count }

    public init(states: [String: ExerciseState], total: Int, currentID: String?) {
        self.states = states
        self.total = total
        self.currentID = currentID
    }
}

extension Course {
    /// The one summary every screen reads (`course`, `course list`, `list --json`, watch).
    public func summary(of progress: Progress) -> ProgressSummary {
        ProgressSummary(states: Dictionary(uniqueKeysWithValues: exercises.map { ($0.id, state(of: $0, in: progress)) }),
                        total: exercises.count, currentID: currentExercise(in: progress)?.id)
    }
}
