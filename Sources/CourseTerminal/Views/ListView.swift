import CourseModel

/// `course list`: every lesson and exercise with its status, grouped by module, and the same as JSON.
public enum ListView {
    public static func render(_ course: Course, summary: ProgressSummary, style: Style) -> String {
        let states = summary.states, current = summary.currentID
        var lines = [style.bold(course.title), ProgressBar.line(summary, style: style)]
        for (moduleIndex, module) in course.modules.enumerated() {
            lines.append("\n" + style.bold("Module \(moduleIndex + 1): \(module.name)"))
            for lesson in module.lessons {
                lines.append("  \(lesson.number). \(lesson.title)  " + style.dim("(\(lesson.slug))"))
                for id in lesson.exerciseIDs {
                    if let broken = course.broken.first(where: { $0.id == id }) {
                        lines.append("     \(style.red("! broken "))  \(id.padding(toLength: 12, withPad: " ", startingAt: 0)) \(broken.reason)")
                        continue
                    }
                    guard let exercise = course.exercises.first(where: { $0.id == id }) else { continue }
                    let mark: String
                    switch states[exercise.id] ?? .pending {
                    case .done: mark = style.green("✓ done   ")
                    case .changed: mark = style.yellow("~ changed")
                    case .pending: mark = style.dim("• pending")
                    }
                    let line = "     \(mark)  \(exercise.id.padding(toLength: 12, withPad: " ", startingAt: 0)) \(exercise.settings.title)"
                    lines.append(exercise.id == current ? style.bold(line) + style.cyan("  ← you are here") : line)
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The note on stderr when the course's files have problems.
    public static func problemsNote(count: Int, style: Style) -> String {
        style.yellow("Note: ") + "this course has \(count) problem(s) in its files; an instructor can see them with " + style.command("course validate --quick") + "."
    }

    /// `course list --json`.
    public struct JSON: Encodable, Equatable {
        public struct Entry: Encodable, Equatable {
            public var id: String
            public var title: String
            public var lesson: Int
            public var lessonTitle: String
            public var module: String
            public var status: String
            public var learnerFile: String
            public var solution: String
            /// Only for a broken exercise (status `broken`): why it cannot be loaded.
            public var error: String? = nil

            enum CodingKeys: String, CodingKey {
                case id, title, lesson, module, status, solution, error
                case lessonTitle = "lesson_title"
                case learnerFile = "learner_file"
            }
        }

        public var course: String
        public var done: Int
        public var total: Int
        public var exercises: [Entry]
    }

    public static func json(_ course: Course, summary: ProgressSummary) -> JSON {
        let states = summary.states
        return JSON(course: course.title, done: summary.done, total: summary.total,
             exercises: course.exercises.map { exercise in
                 let lesson = course.lesson(of: exercise)
                 return JSON.Entry(id: exercise.id, title: exercise.settings.title, lesson: exercise.lessonNumber,
                                   lessonTitle: lesson?.title ?? "", module: lesson?.module ?? "",
                                   status: (states[exercise.id] ?? .pending).rawValue,
                                   learnerFile: exercise.learnerPath, solution: exercise.solutionPath)
             } + course.broken.map { broken in
                 let lesson = course.lessons.first { $0.number == broken.lessonNumber }
                 return JSON.Entry(id: broken.id, title: "", lesson: broken.lessonNumber, lessonTitle: lesson?.title ?? "",
                                   module: lesson?.module ?? "", status: "broken", learnerFile: Layout.learnerFile(broken.id),
                                   solution: Layout.solution(broken.id), error: broken.reason)
             })
    }
}
