import Foundation

/// A loaded course: its lessons and exercises in learning order, and any problems found on the way.
public struct Course: Sendable {
    public var root: URL
    public var title: String
    public var formatVersion: Int
    public var lessons: [Lesson]
    /// In learning order: by lesson, then as each lesson lists them.
    public var exercises: [Exercise]
    /// Defects that did not stop loading; `course validate` reports them all.
    public var problems: [CourseProblem]
    /// The full course, or a learner edition without solutions and hidden tests.
    public var edition: CourseEdition = .full
    /// Exercises a lesson lists but whose files cannot be loaded: shown as broken, never dropped.
    public var broken: [BrokenExercise] = []

    /// The absolute URL of a path relative to the course root.
    public func url(_ relative: String) -> URL {
        root.appendingPathComponent(relative)
    }

    /// Looks up an exercise by id, with a "did you mean" suggestion when it does not exist.
    public func exercise(_ id: String) throws -> Exercise {
        var wanted = id
        if Int(id) != nil { wanted = "exercise-\(id)" }
        if let found = exercises.first(where: { $0.id == wanted }) { return found }
        if let broken = broken.first(where: { $0.id == wanted }) { throw CourseError.brokenExercise(wanted, reason: broken.reason) }
        throw CourseError.unknownExercise(id, suggestion: EditDistance.suggestion(for: wanted, among: exercises.map(\.id)))
    }

    /// Looks up a lesson by number (`3`) or slug (`values-and-references`).
    public func lesson(_ key: String) throws -> Lesson {
        if let number = Int(key), let found = lessons.first(where: { $0.number == number }) { return found }
        if let found = lessons.first(where: { $0.slug == key || "\($0.path)" == key }) { return found }
        let names = lessons.map(\.slug)
        throw CourseError.unknownLesson(key, suggestion: EditDistance.suggestion(for: key, among: names))
    }

    /// The lesson that lists an exercise.
    public func lesson(of exercise: Exercise) -> Lesson? {
        lessons.first { $0.number == exercise.lessonNumber }
    }

    /// What to say when the course has no exercise at all, to a learner and to its instructor.
    public var noExercisesMessage: String {
        "\(title) has no exercises yet. Instructors: add a lesson with 'course new lesson \"Title\"', then an exercise with "
            + "'course new exercise --lesson N' (see AUTHORING.md). Learners: get the course's latest version from your instructor."
    }

    /// The modules in order of first appearance, each with its lessons.
    public var modules: [(name: String, lessons: [Lesson])] {
        var result: [(name: String, lessons: [Lesson])] = []
        for lesson in lessons {
            if let index = result.firstIndex(where: { $0.name == lesson.module }) {
                result[index].lessons.append(lesson)
            } else {
                result.append((lesson.module, [lesson]))
            }
        }
        return result
    }
}
