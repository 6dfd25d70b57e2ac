import CourseModel
import CourseTerminal

/// Shows a lesson with its exercises' footer, through the pager when it is long and stdout is a terminal.
/// A lesson longer than the screen shows the exercises' block first too, so what to do next is seen
/// before the reading starts (and the pager's last screen shows it again); after the pager, the next step is
/// printed under it. True when a pager showed it.
enum LessonPage {
    @discardableResult
    static func show(_ lesson: Lesson, course: Course, progress: Progress, invocation: Invocation) -> Bool {
        let exercises = course.exercises(of: lesson).map { ($0, course.state(of: $0, in: progress)) }
        // While a person reads, the tests of the first unfinished exercise compile for its starter's interface.
        if invocation.context.stdoutIsTerminal, let start = invocation.context.startBackground,
           let pending = exercises.first(where: { $0.1 != .done })?.0 {
            start(PrewarmCommand.backgroundArguments(pending, course: course))
        }
        var text = LessonView.render(lesson, width: min(invocation.context.terminalWidth, LessonView.readableWidth), color: invocation.style.color)
        if let width = invocation.output.width { text = LineWrapper.cutWideLines(text, width: width) }  // code is cut, never folded
        let footer = LessonView.footer(exercises, style: invocation.style)
        // Every line counts, blank ones too: they take a row of the screen as much as text does.
        if invocation.context.stdoutIsTerminal,
           text.split(separator: "\n", omittingEmptySubsequences: false).count > invocation.context.terminalHeight - 1 {
            text = footer + "\n" + text
        }
        text += "\n" + footer
        if invocation.arguments.pager, invocation.context.stdoutIsTerminal, let page = invocation.context.page, page(text) {
            // After q the pager's screen is gone or shows the middle of the lesson: the next step is printed under it.
            invocation.output.out(LessonView.nextStep(exercises, style: invocation.style))
            return true
        }
        invocation.output.out(text)
        return false
    }
}
