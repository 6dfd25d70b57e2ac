/// An exercise a lesson lists whose files cannot be loaded (its `exercise.json` is missing or not
/// valid). It stays visible: `list` shows it as broken and `check` says why, instead of "no such exercise".
public struct BrokenExercise: Equatable, Sendable {
    /// `exercise-N`.
    public var id: String
    public var lessonNumber: Int
    /// What is wrong, with file and line.
    public var problems: [CourseProblem]

    public init(id: String, lessonNumber: Int, problems: [CourseProblem]) {
        self.id = id
        self.lessonNumber = lessonNumber
        self.problems = problems
    }

    /// The first problem, as one line.
    public var reason: String { problems.first?.description ?? "its files cannot be loaded" }
}
