import Foundation

/// Questions about a course together with a learner's progress.
extension Course {
    /// SHA-256 of the learner's file as it is now, or nil if it cannot be read.
    public func currentHash(_ exercise: Exercise) -> String? {
        RegularFile.contents(url(exercise.learnerPath).path).map(SHA256.hex)
    }

    /// pending / done / changed for one exercise.
    public func state(of exercise: Exercise, in progress: Progress) -> ExerciseState {
        let entry = progress[exercise.id]
        guard entry.status == .done else { return .pending }
        if let passed = entry.passedHash, let now = currentHash(exercise), passed != now { return .changed }
        return .done
    }

    /// The first exercise not yet done, in learning order.
    public func currentExercise(in progress: Progress) -> Exercise? {
        exercises.first { progress[$0.id].status != .done }
    }

    /// The exercise to do after this one: the next one not done, else an earlier one not done; nil when
    /// every other exercise is done.
    public func nextPending(after exercise: Exercise, in progress: Progress) -> Exercise? {
        let index = exercises.firstIndex(where: { $0.id == exercise.id }) ?? exercises.count
        let later = exercises.dropFirst(index + 1), earlier = exercises.prefix(index)
        return (later + earlier).first { $0.id != exercise.id && progress[$0.id].status != .done }
    }

    /// What to do after this exercise, so a "Next:" line says what `course next` really opens: the next
    /// exercise not done (`nextPending`), its lesson, and the first unfinished exercise when `course next`
    /// opens that one's lesson instead (an earlier lesson with work left).
    public func nextStep(after exercise: Exercise, in progress: Progress) -> NextStep? {
        guard let next = nextPending(after: exercise, in: progress) else { return nil }
        let lesson = self.lesson(of: next)
        let first = currentExercise(in: progress)
        let opensFirst = first.flatMap { self.lesson(of: $0)?.number == lesson?.number ? nil : $0 }
        return NextStep(exercise: next, lesson: lesson, opensFirst: opensFirst)
    }

    /// The exercise after this one in learning order.
    public func exercise(after exercise: Exercise) -> Exercise? {
        guard let index = exercises.firstIndex(where: { $0.id == exercise.id }), index + 1 < exercises.count else { return nil }
        return exercises[index + 1]
    }

    /// The exercises a lesson lists, in its order, skipping ids the course does not have.
    public func exercises(of lesson: Lesson) -> [Exercise] {
        lesson.exerciseIDs.compactMap { id in exercises.first { $0.id == id } }
    }
}
