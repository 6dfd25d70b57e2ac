import CourseModel
import CourseTerminal
import Foundation

/// `course list` on a terminal: the `ListBrowser` driven by keys. Enter shows the lesson, `c` checks,
/// `r` resets after a y; each returns to the list on any key.
struct InteractiveList {
    let course: Course
    let invocation: Invocation
    let readKey: (Double) -> Character?

    var output: Output { invocation.output }
    var style: Style { invocation.style }

    func run() throws -> Int32 {
        let actions = ExerciseActions(invocation, course: course), progress = actions.progress
        var browser = ListBrowser(course: course, summary: course.summary(of: try progress.load()))
        while true {
            output.raw("\u{1B}[2J\u{1B}[H")
            output.out(browser.render(course, height: invocation.context.terminalHeight, width: output.width, style: style))
            switch browser.handle(nextKey()) {
            case .redraw: continue
            case .quit: return 0
            case .openLesson(let number):
                output.raw("\u{1B}[2J\u{1B}[H")
                // After a pager's q the list comes back at once; a lesson printed without a pager waits for a key.
                if !LessonPage.show(try course.lesson(String(number)), course: course, progress: try progress.load(), invocation: invocation) {
                    pause()
                }
            case .check(let id):
                let exercise = try course.exercise(id)
                output.raw("\u{1B}[2J\u{1B}[H")
                output.out(style.dim("Checking \(style.path(exercise.learnerPath))…"))
                let report = try actions.check(exercise, graders: invocation.graders(for: course), now: invocation.context.now())
                output.raw("\u{1B}[2J\u{1B}[H")
                let recorded = try progress.load()
                output.out(ReportView.render(report, exercise: exercise, next: course.nextStep(after: exercise, in: recorded),
                                             style: style, edition: course.edition, hintsLeft: recorded.hintsLeft(exercise)))
                pause()
            case .reset(let id):
                let exercise = try course.exercise(id)
                output.out(style.yellow("\nReset \(id) to its starter? Your file is kept in \(style.path(Layout.backups))/ first. (y/n)"))
                if nextKey() == "y" {
                    try actions.reset(exercise, output: output, now: invocation.context.now())
                    pause()
                }
            }
            browser.summary = course.summary(of: try progress.load())
        }
    }

    /// One key by name: a character, or `up`, `down`, `home`, `end`, `esc` for escape sequences.
    func nextKey() -> String {
        while true {
            guard let key = readKey(60) else { continue }
            guard key == "\u{1B}" else { return String(key) }
            guard readKey(0.05) == "[" else { return "esc" }
            switch readKey(0.05) {
            case "A": return "up"
            case "B": return "down"
            case "H": return "home"
            case "F": return "end"
            default: return "esc"
            }
        }
    }

    func pause() {
        output.out(style.dim("\nPress any key to return to the list."))
        _ = nextKey()
    }
}
