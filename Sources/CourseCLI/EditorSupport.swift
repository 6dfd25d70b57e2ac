import CourseGrading
import CourseModel

/// Keeps `Exercises/compile_commands.json` current, so an editor's sourcekit-lsp checks the learner's files
/// with the grader's flags: after the work of `next`, `install` and `check`. It never fails a command.
enum EditorSupport {
    static func refresh(_ course: Course, invocation: Invocation) {
        // Without a compiler there is nothing to describe; `check` says so in its own words.
        guard let toolchain = try? Toolchain.locate(environment: invocation.context.environment) else { return }
        if case .failed(let reason) = CompileDatabase.refresh(course: course, toolchain: toolchain) {
            invocation.output.err("Note: could not write \(Layout.compileDatabase) (\(reason)); your editor will not know the exercises' flags.")
        }
    }
}
