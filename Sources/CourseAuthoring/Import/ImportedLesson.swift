import CourseModel

/// The lesson file of one imported exercise, or of a group of them (`--per-lesson N`): each exercise's
/// text from `.docs/` (under its own heading in a group), then the `## Exercises` section.
enum ImportedLesson {
    static func file(number: Int, slug: String, exercises: [(id: String, exercise: ExercismExercise)]) -> (String, String) {
        let path = "\(Layout.lessons)/\(number < 10 ? "0" : "")\(number)-\(slug).md"
        let names = exercises.map(\.exercise.entry.name)
        let kind = exercises.allSatisfy { $0.exercise.entry.kind == "concept" } ? "Exercism concepts" : "Exercism practice"
        let front = "---\ntitle: \(names.joined(separator: ", "))\nmodule: \(kind)\nexercises: \(exercises.map(\.id).joined(separator: ", "))\n---\n\n"
        let body: String
        if exercises.count == 1, let only = exercises.first {
            body = only.exercise.lesson
        } else {
            body = exercises.map { "## \($0.exercise.entry.name)\n\n" + ExercismDocs.demoteHeadings($0.exercise.lesson) }.joined(separator: "\n\n")
        }
        let tasks = exercises.map { "- **\($0.id)**: make the tests of *\($0.exercise.entry.name)* pass." }.joined(separator: "\n")
        return (path, front + body + "\n\n## Exercises\n\n" + tasks + "\n")
    }
}
