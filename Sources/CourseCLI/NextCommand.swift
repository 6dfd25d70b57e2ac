import CourseModel

/// `course next`: the first lesson with unfinished work, then its exercises and how to check them.
struct NextCommand: Command {
    let name = "next"
    let summary = "Show the first lesson with unfinished work, and what to do next."
    let details = "Prints the lesson, then each unfinished exercise's file and the exact command to check it."

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        try invocation.expectArguments(max: 0)
        defer { EditorSupport.refresh(course, invocation: invocation) }
        let progress = try invocation.progress(of: course).load()
        guard let current = course.currentExercise(in: progress), let lesson = course.lesson(of: current) else {
            let style = invocation.style
            if course.exercises.isEmpty {
                invocation.output.out(course.noExercisesMessage)
                return 0
            }
            invocation.output.out("You have finished every exercise in \(course.title). Review a lesson any time with \(style.command("course lesson N")).")
            return 0
        }
        LessonPage.show(lesson, course: course, progress: progress, invocation: invocation)
        return 0
    }
}
