import Foundation

/// `course list`: every lesson and exercise with its status, grouped by module.
extension Session {
    func list() throws -> Int32 {
        try extraArguments(max: 0)
        let progress = try loadProgress()
        let states = Dictionary(uniqueKeysWithValues: course.exercises.map { ($0.id, state(of: $0, in: progress)) })
        if arguments.flags.contains("--json") {
            out(String(decoding: listJSON(states: states), as: UTF8.self))
            return 0
        }
        let done = states.values.filter { $0 == .done }.count
        let current = currentExercise(progress)?.id
        out(style.bold(course.title))
        out(ProgressBar.line(done: done, total: course.exercises.count, style: style))
        for (moduleIndex, module) in course.modules.enumerated() {
            out("\n" + style.bold("Module \(moduleIndex + 1): \(module.name)"))
            for lesson in module.lessons {
                out("  \(lesson.number). \(lesson.title)")
                for id in lesson.exerciseIDs {
                    guard let exercise = course.exercises.first(where: { $0.id == id }) else { continue }
                    let state = states[id] ?? .pending
                    let mark: String
                    switch state {
                    case .done: mark = style.green("✓ done   ")
                    case .changed: mark = style.yellow("~ changed")
                    case .pending: mark = style.dim("• pending")
                    }
                    let isCurrent = id == current
                    let line = "     \(mark)  \(id.padding(toLength: 12, withPad: " ", startingAt: 0)) \(exercise.settings.title)"
                    out(isCurrent ? style.bold(line) + style.cyan("  ← you are here") : line)
                }
            }
        }
        if !course.problems.isEmpty {
            err(style.yellow("Note: ") + "this course has \(course.problems.count) problem(s) in its files; an instructor can see them with 'course validate --quick'.")
        }
        return 0
    }

    func listJSON(states: [String: ExerciseState]) -> Data {
        let exercises: [[String: Any]] = course.exercises.map { exercise in
            let lesson = course.lesson(of: exercise)
            return [
                "id": exercise.id,
                "title": exercise.settings.title,
                "lesson": exercise.lessonNumber,
                "lesson_title": lesson?.title ?? "",
                "module": lesson?.module ?? "",
                "status": (states[exercise.id] ?? .pending).rawValue,
                "learner_file": exercise.learnerPath,
                "solution": exercise.solutionPath,
            ]
        }
        let object: [String: Any] = [
            "course": course.title,
            "done": states.values.filter { $0 == .done }.count,
            "total": course.exercises.count,
            "exercises": exercises,
        ]
        return (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    }
}
