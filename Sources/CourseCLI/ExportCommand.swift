import CourseClassroom
import CourseModel
import Foundation

/// `course export --learner DIR`: the edition learners clone, without solutions or hidden tests.
struct ExportCommand: Command {
    static let learner = Parameter.option("--learner", value: "DIR", "Write the learner edition into DIR (a new or empty folder outside the course).")

    let name = "export"
    let forInstructors = true
    let summary = "Write the learner edition: no solutions, no hidden tests (for instructors)."
    let details = """
        The learner edition holds the lessons, the starters, the public tests (Tests/Hidden/<id>/public/), support files,
        hints and settings, and the tool itself; its course.json says "edition": "learner". There, 'course check' runs the
        public tests and says that the hidden ones run when you grade ('course grade'). It leaves out Solutions/, the hidden
        tests, wrong solutions, and settings that would give answers away. It never writes into the course or over files.
        """
    let parameters = [ExportCommand.learner]

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        try invocation.expectArguments(max: 0)
        guard let raw = invocation.arguments.value(of: Self.learner) else {
            throw CourseError.usage("say where the learner edition goes: course export --learner DIR")
        }
        guard course.edition == .full else { throw CourseError.usage("this is already a learner edition; export from the instructor's full course") }
        let destination = URL(fileURLWithPath: raw, relativeTo: URL(fileURLWithPath: invocation.context.workingDirectory, isDirectory: true))
        let summary = try LearnerExport.export(course, to: destination)
        let style = invocation.style
        invocation.output.out(style.green("Wrote the learner edition of \(course.title) to \(destination.standardizedFileURL.path)"))
        invocation.output.out("  \(summary.exercises) exercises, \(summary.publicTests) public test file\(summary.publicTests == 1 ? "" : "s"); "
            + "no solutions, no hidden tests." + (summary.toolIncluded ? " The tool is included: learners build it with 'swift build'." : ""))
        if summary.publicTests == 0 {
            invocation.output.out(style.yellow("  No exercise has public tests (Tests/Hidden/<id>/public/), so learners cannot check their work before you grade it."))
        }
        return 0
    }
}
