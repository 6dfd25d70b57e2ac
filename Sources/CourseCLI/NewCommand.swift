import CourseAuthoring
import CourseModel
import Foundation

/// `course new lesson "Title"` and `course new exercise --lesson N`.
struct NewCommand: Command {
    static let lesson = Parameter.option("--lesson", value: "N", "The lesson a new exercise belongs to.")
    static let title = Parameter.option("--title", value: "T", "The new exercise's title.")
    static let module = Parameter.option("--module", value: "NAME", "The new lesson's module.")

    let name = "new"
    let forInstructors = true
    let summary = "Scaffold a lesson or an exercise with the next free number (for instructors)."
    let usage = "course new lesson \"Title\" [--module NAME] | course new exercise --lesson N [--title T]"
    let details = "A new exercise gets a starter with a TODO, a solution, a hidden suite with one example test and a hint; 'course validate' lists the template text until it is replaced."
    let positionals = Positionals(0...2)
    let parameters = [NewCommand.lesson, NewCommand.title, NewCommand.module]

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        let arguments = invocation.arguments, style = invocation.style
        func out(_ text: String) { invocation.output.out(text) }
        let scaffold = Scaffold(course: course)
        switch arguments.positionals.first {
        case "lesson":
            guard arguments.positionals.count == 2 else {
                throw CourseError.usage("give the lesson's title in quotes, e.g. course new lesson \"Closures\"")
            }
            let title = arguments.positionals[1].trimmingCharacters(in: .whitespaces)
            guard !title.isEmpty else { throw CourseError.usage("the lesson's title is empty") }
            let asked = arguments.value(of: Self.module)
            let module = scaffold.lessonModule(asked)
            let path = try scaffold.createLesson(title: title, module: asked)
            let why = asked != nil ? "as you asked" : course.lessons.isEmpty ? "the default" : "the module of the last lesson; choose another with --module NAME"
            out("Created \(path) in module \(module) (\(why)). Write the lesson, then add an exercise: \(style.command("course new exercise --lesson \(scaffold.lessonNumber(path))"))")
            return 0
        case "exercise":
            if arguments.positionals.count > 1 { throw ParsedArguments.unexpected(arguments.positionals[1]) }
            guard let key = arguments.value(of: Self.lesson) else {
                throw CourseError.usage("say which lesson the exercise belongs to: --lesson N")
            }
            let lesson = try course.lesson(key)
            let id = try scaffold.createExercise(lesson: lesson, title: arguments.value(of: Self.title))
            let exercise = Exercise(id: id, number: Exercise.number(fromID: id) ?? 0, lessonNumber: lesson.number,
                                    settings: ExerciseSettings(title: "", hints: []))
            out("""
            Created \(id) in lesson \(lesson.number):
              \(exercise.learnerPath)   the starter the learner edits (and \(exercise.starterPath), its pristine copy)
              \(exercise.solutionPath)   the reference solution
              \(exercise.settingsPath)   title, hints and settings
              \(exercise.suitePath)/   the hidden tests
            It runs as it is, but it is a template: \(style.command("course validate \(id)")) lists the text still to replace.
            """)
            return 0
        case nil:
            throw CourseError.usage("say what to create: 'course new lesson \"Title\"' or 'course new exercise --lesson N'")
        case let other?:
            throw CourseError.usage("'course new' creates a lesson or an exercise, not '\(other)'")
        }
    }
}

extension Scaffold {
    /// The number at the start of a lesson path such as `Lessons/07-closures.md`.
    func lessonNumber(_ path: String) -> Int {
        CourseLoader.parseLessonFileName(URL(fileURLWithPath: path).lastPathComponent)?.0 ?? 0
    }
}
