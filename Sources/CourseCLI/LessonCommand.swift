import CourseModel

/// `course lesson <N|slug>`.
struct LessonCommand: Command {
    let name = "lesson"
    let summary = "Show a lesson by number or name."
    let arguments = "<N|slug>"
    let positionals = Positionals(1...1, missing: "name a lesson by number or slug, e.g. 'course lesson 1'")
    let details = "Example: 'course lesson 3', or by the name 'course list' shows in parentheses after each lesson's title: 'course lesson calling-c'."

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        let lesson = try course.lesson(invocation.arguments.positionals[0])
        LessonPage.show(lesson, course: course, progress: try invocation.progress(of: course).load(), invocation: invocation)
        return 0
    }
}
