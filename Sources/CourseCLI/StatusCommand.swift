import CourseModel
import CourseTerminal

/// `course` with no command, and `course status`: where the learner is and what to type next.
struct StatusCommand: Command {
    var name = "status"
    let summary = "Show where you are: your current lesson and exercise, and the next command to type."

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        let progress = try invocation.progress(of: course).load()
        let current = course.currentExercise(in: progress)
        invocation.output.raw(StatusView.render(title: course.title, summary: course.summary(of: progress), current: current,
                                                lesson: current.flatMap(course.lesson(of:)), style: invocation.style))
        if course.exercises.isEmpty { invocation.output.out("\n" + course.noExercisesMessage) }
        return 0
    }
}
