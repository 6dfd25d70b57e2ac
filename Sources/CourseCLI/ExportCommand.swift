import CourseClassroom
import CourseModel
import Foundation

/// `course export --learner DIR`: the edition learners clone, without solutions or hidden tests.
struct ExportCommand: Command {
    static let learner = Parameter.path("--learner", value: "DIR", "Write the learner edition into DIR (a new or empty folder outside the course).")
    static let gradescope = Parameter.path("--gradescope", value: "ZIP", "Write Gradescope's autograder zip (setup.sh, run_autograder, the course with its hidden tests).")
    static let hints = Parameter.choice("--hints", LearnerExport.Hints.self,
                                        "Which hints go into the edition (default: all); the last hints can quote the reference solution.")

    let name = "export"
    let forInstructors = true
    let summary = "Write the learner edition: no solutions, no hidden tests (for instructors)."
    let details = """
        The learner edition holds the lessons, the starters, the public tests (Tests/Hidden/<id>/public/), support files,
        hints (all, each exercise's first, or none: --hints) and settings, the tool itself, and a README for learners; its
        course.json says "edition": "learner". There, 'course check' runs the public tests and says that the hidden ones run
        when you grade ('course grade'). It leaves out Solutions/, the hidden tests, wrong solutions, and settings that would
        give answers away. It never writes into the course or over files.
        --gradescope autograder.zip writes the bundle to upload as a Gradescope programming assignment's autograder instead:
        setup.sh installs Swift and bubblewrap and builds the tool; run_autograder grades each submission in the sandbox.
        """
    let parameters = [ExportCommand.learner, ExportCommand.hints, ExportCommand.gradescope]

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        if let destination = invocation.path(of: Self.gradescope) {
            guard course.edition == .full else { throw CourseError.usage("this is a learner edition, which has no hidden tests; export the autograder from the full course") }
            let summary = try GradescopeExport.export(course, to: destination)
            invocation.output.out(invocation.style.green("Wrote Gradescope's autograder for \(course.title) to \(destination.path)"))
            invocation.output.out("  \(summary.files) files, \(summary.bytes / 1024) KiB: setup.sh, run_autograder and the course with its hidden tests"
                + (summary.toolIncluded ? " and the tool's sources." : "; this course does not carry the tool's sources, so setup.sh cannot build it: add them, or install course in the image yourself."))
            return 0
        }
        guard let destination = invocation.path(of: Self.learner) else {
            throw CourseError.usage("say where the learner edition goes: course export --learner DIR (or --gradescope autograder.zip)")
        }
        guard course.edition == .full else { throw CourseError.usage("this is already a learner edition; export from the instructor's full course") }
        let hints = invocation.arguments.choice(Self.hints, as: LearnerExport.Hints.self) ?? .all
        let summary = try LearnerExport.export(course, to: destination, hints: hints)
        let style = invocation.style
        invocation.output.out(style.green("Wrote the learner edition of \(course.title) to \(destination.path)"))
        invocation.output.out("  \(summary.exercises) exercises, \(summary.publicTests) public test file\(summary.publicTests == 1 ? "" : "s"); "
            + "no solutions, no hidden tests." + (summary.toolIncluded ? " The tool is included: learners build it with 'swift build'." : ""))
        if summary.publicTests == 0 {
            invocation.output.out(style.yellow("  No exercise has public tests (Tests/Hidden/<id>/public/), so learners cannot check their work before you grade it."))
        }
        return 0
    }
}
