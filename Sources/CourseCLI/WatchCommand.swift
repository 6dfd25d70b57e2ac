import CourseModel
import CourseTerminal

/// `course watch`: re-check on every save; keys h, n, l, q; moves on after a pass.
struct WatchCommand: Command {
    static let once = Parameter.flag("--once", "Check once and exit (useful in scripts).")

    let name = "watch"
    let summary = "Re-check every time you save the exercise file."
    let arguments = "[exercise-N]"
    let details = "Keys: h hint, n next exercise, l list, q quit. After a pass it moves on to the next exercise."
    let parameters = [WatchCommand.once]

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        try invocation.expectArguments(max: 1)
        let progress = invocation.progress(of: course)
        let graders = invocation.graders(for: course)
        let output = invocation.output, style = invocation.style, context = invocation.context
        var exercise = try invocation.exercise(in: course, progress: try progress.load(), required: false)
        let once = invocation.arguments.has(Self.once)
        let clear = context.stdoutIsTerminal ? "\u{1B}[2J\u{1B}[H" : ""
        _ = context.readKey?(0)  // puts the terminal in key-at-a-time mode before the first check
        while true {
            let report = try CheckCommand.gradeAndRecord(exercise, course: course, graders: graders, progress: progress, now: context.now())
            output.raw(clear)
            output.out(ReportView.render(report, exercise: exercise, next: course.nextPending(after: exercise, in: try progress.load()), style: style))
            if once { return report.passed ? 0 : 1 }
            if report.passed {
                guard let next = course.currentExercise(in: try progress.load()) ?? course.exercise(after: exercise), next.id != exercise.id else {
                    output.out(style.green("\nEvery exercise is done. Well played!"))
                    return 0
                }
                output.out(style.bold("\nMoving on to \(next.id): \(next.settings.title). Edit \(next.learnerPath)."))
                exercise = next
            }
            output.out(style.dim("\nWatching \(exercise.learnerPath) (save to re-check). Keys: h hint, n next, l list, q quit."))
            switch waitForSaveOrKey(exercise, course: course, progress: progress, invocation: invocation) {
            case .saved: continue
            case .quit: return 0
            case .next:
                if let next = course.exercise(after: exercise) { exercise = next }
            }
        }
    }

    enum Event { case saved, quit, next }

    /// Waits for the file to change or a key; `h` and `l` run what `course hint` and `course list` run.
    func waitForSaveOrKey(_ exercise: Exercise, course: Course, progress: ProgressAccess, invocation: Invocation) -> Event {
        let watcher = FileWatcher(path: course.url(exercise.learnerPath).path)
        while true {
            if let readKey = invocation.context.readKey {
                if let key = readKey(0.25) {
                    switch key {
                    case "q", "Q": return .quit
                    case "n", "N": return .next
                    case "h", "H":
                        do { try HintCommand.reveal(exercise, progress: progress, output: invocation.output) } catch {
                            invocation.output.err("Error: \(error)")
                        }
                    case "l", "L":
                        do { try ListCommand.show(course, progress: progress, output: invocation.output, json: false) } catch {
                            invocation.output.err("Error: \(error)")
                        }
                    default: break
                    }
                }
            } else {
                watcher.waitForEvent(timeout: 0.25)
            }
            if watcher.changed() { return .saved }
        }
    }
}
