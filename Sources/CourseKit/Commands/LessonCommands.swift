import Foundation

/// `course`, `course next` and `course lesson`: reading the course.
extension Session {
    /// `course` with no command: one screen saying where the learner is and what to type next.
    func status() throws -> Int32 {
        let progress = try loadProgress()
        let done = course.exercises.filter { progress[$0.id].status == .done }.count
        out(style.bold(course.title))
        out(ProgressBar.line(done: done, total: course.exercises.count, style: style))
        guard let current = currentExercise(progress) else {
            out("\nEvery exercise is done. Well played! Review any lesson with \(style.command("course lesson N")).")
            return 0
        }
        if let lesson = course.lesson(of: current) {
            out("\nLesson \(lesson.number): \(lesson.title)  \(style.dim("(\(lesson.module))"))")
        }
        out("Exercise: \(current.id), \(current.settings.title)")
        out("  edit   \(current.learnerPath)")
        out("\nNext: \(style.command("course next")) to read the lesson, \(style.command("course check \(current.id)")) to check your work.")
        out(style.dim("All commands: course --help"))
        return 0
    }

    /// `course next`: the first lesson with unfinished work, then its exercises and how to check them.
    func next() throws -> Int32 {
        try extraArguments(max: 0)
        let progress = try loadProgress()
        guard let current = currentExercise(progress), let lesson = course.lesson(of: current) else {
            out("You have finished every exercise in \(course.title). Review a lesson any time with \(style.command("course lesson N")).")
            return 0
        }
        show(lesson, progress: progress)
        return 0
    }

    /// `course lesson <N|slug>`.
    func lesson() throws -> Int32 {
        guard let key = arguments.positionals.first else {
            throw CourseError.usage("name a lesson by number or slug, e.g. 'course lesson 1'")
        }
        try extraArguments(max: 1)
        let lesson = try course.lesson(key)
        show(lesson, progress: try loadProgress())
        return 0
    }

    func show(_ lesson: Lesson, progress: Progress) {
        var text = LessonView.render(lesson, course: course, width: context.terminalWidth, color: style.color)
        text += "\n" + exerciseFooter(lesson, progress: progress)
        if arguments.pager, context.stdoutIsTerminal, let page = context.page, page(text) { return }
        out(text)
    }

    func exerciseFooter(_ lesson: Lesson, progress: Progress) -> String {
        var lines = [style.bold("Your exercises for this lesson:")]
        let exercises = lesson.exerciseIDs.compactMap { id in course.exercises.first { $0.id == id } }
        if exercises.isEmpty { lines.append("  (none: this lesson is reading only)") }
        for exercise in exercises {
            let state = self.state(of: exercise, in: progress)
            let mark = state == .done ? style.green("✓") : (state == .changed ? style.yellow("~") : style.dim("•"))
            lines.append("  \(mark) \(exercise.id): \(exercise.settings.title)\(state == .done ? style.dim(" (done)") : "")")
            lines.append("      edit   \(exercise.learnerPath)")
            lines.append("      check  \(style.command("course check \(exercise.id)"))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A lesson turned into terminal text: a heading line, then the rendered Markdown.
enum LessonView {
    static func render(_ lesson: Lesson, course: Course, width: Int, color: Bool) -> String {
        let header = "# Lesson \(lesson.number): \(lesson.title)\n\n"
        let trimmed = String(lesson.body.drop { $0 == "\n" || $0 == "\r" || $0 == " " })
        let body = trimmed.hasPrefix("# ") ? dropFirstHeading(trimmed) : trimmed
        return MarkdownRenderer(width: width, theme: color ? .color : .plain).render(header + body)
    }

    static func dropFirstHeading(_ body: String) -> String {
        guard let newline = body.firstIndex(of: "\n") else { return "" }
        return String(body[body.index(after: newline)...])
    }
}

/// `[#####-----] 5 of 10 exercises done (50%)`.
enum ProgressBar {
    static func line(done: Int, total: Int, style: Style, width: Int = 20) -> String {
        let filled = total == 0 ? 0 : done * width / total
        let percent = total == 0 ? 0 : done * 100 / total
        let bar = style.green(String(repeating: "#", count: filled)) + style.dim(String(repeating: "-", count: width - filled))
        return "[\(bar)] \(done) of \(total) exercises done (\(percent)%)"
    }
}
