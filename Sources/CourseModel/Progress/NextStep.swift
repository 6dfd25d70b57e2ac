/// What a passed check proposes next (`Course.nextStep(after:in:)`).
public struct NextStep: Equatable, Sendable {
    /// The next exercise not done.
    public var exercise: Exercise
    /// Its lesson, when it has one.
    public var lesson: Lesson?
    /// The first unfinished exercise, when `course next` opens its (earlier) lesson rather than `exercise`'s.
    public var opensFirst: Exercise?

    public init(exercise: Exercise, lesson: Lesson? = nil, opensFirst: Exercise? = nil) {
        self.exercise = exercise
        self.lesson = lesson
        self.opensFirst = opensFirst
    }
}
