import CourseModel

/// Template text from `course new` that is still there: an exercise that asks for 42 and a lesson
/// that says "Say what this lesson teaches" validate as sound, but they are not a course yet.
enum ScaffoldLeftovers {
    static let advice = "replace the template text from 'course new' with your own"

    static func problems(in sources: ExerciseSources, settingsText: String?) -> [CourseProblem] {
        var problems: [CourseProblem] = []
        let starterMarker = Scaffold.starterPlaceholder + "answer\(sources.exercise.number)()"
        for file in [sources.starter, sources.solution].compactMap({ $0 }) {
            if let line = ExerciseSources.line(of: starterMarker, in: file.text) {
                problems.append(CourseProblem(file: file.path, line: line, "is still the template (answer\(sources.exercise.number)() returns 42): \(advice)"))
            }
        }
        for file in sources.suite {
            if let line = ExerciseSources.line(of: "func \(Scaffold.testPlaceholder)()", in: file.text) {
                problems.append(CourseProblem(file: file.path, line: line, "still has the template test \(Scaffold.testPlaceholder): \(advice)"))
            }
        }
        if let text = settingsText {
            for marker in [Scaffold.learnedPlaceholder, Scaffold.hintPlaceholder] {
                if let line = ExerciseSources.line(of: marker, in: text) {
                    problems.append(CourseProblem(file: sources.exercise.settingsPath, line: line, "still says \"\(marker)\": \(advice)"))
                }
            }
        }
        return problems
    }

    static func problems(in lesson: Lesson, text: String) -> [CourseProblem] {
        guard let line = ExerciseSources.line(of: Scaffold.lessonPlaceholder, in: text) else { return [] }
        return [CourseProblem(file: lesson.path, line: line, "still says \"\(Scaffold.lessonPlaceholder)\": \(advice)")]
    }
}
