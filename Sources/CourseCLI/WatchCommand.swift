import CourseGrading
import CourseModel
import CourseProcess
import CourseTerminal
import Foundation

/// `course watch`: re-check on every save; keys h, n, l, c, q; after a pass, the pass stays on screen and the
/// next exercise's file is watched.
struct WatchCommand: Command {
    static let once = Parameter.flag("--once", "Check once and exit (useful in scripts).")

    let name = "watch"
    let summary = "Re-check every time you save the exercise file."
    let arguments = "[exercise-N]"
    let positionals = Positionals.upToOne
    let details = """
        Keys: h next hint, n next exercise (asks first when this one is not done), l list (l again: back), \
        c check now, q quit. q or Ctrl-C stops a check that is running. After a pass the result stays on screen \
        and watch moves on to the next exercise: its file is checked when you save it.
        """
    let parameters = [WatchCommand.once]

    func run(_ invocation: Invocation) throws -> Int32 {
        let course = try invocation.openCourse()
        let progress = invocation.progress(of: course)
        var screen = WatchScreen(invocation: invocation, course: course, progress: progress,
                                 exercise: try invocation.exercise(in: course, progress: try progress.load(), required: false))
        _ = invocation.context.readKey?(0)  // puts the terminal in key-at-a-time mode before the first check
        let watcher = FileWatcher(path: course.url(screen.exercise.learnerPath).path)
        while true {
            watcher.willCheck(course.url(screen.exercise.learnerPath).path)
            guard let report = try check(screen.exercise, screen: screen, invocation: invocation, course: course, progress: progress) else {
                return 0  // q during a check
            }
            if invocation.arguments.has(Self.once) {  // a script's check: the words of 'course check'
                let recorded = try progress.load()
                invocation.output.out(ReportView.render(report, exercise: screen.exercise, next: course.nextStep(after: screen.exercise, in: recorded),
                                                        style: invocation.style, edition: course.edition, hintsLeft: recorded.hintsLeft(screen.exercise)))
                return report.passed ? 0 : 1
            }
            screen.show(report)
            if report.passed {
                let done = screen.exercise
                guard let next = try course.exercise(after: done) ?? course.currentExercise(in: progress.load()), next.id != done.id else {
                    invocation.output.out(invocation.style.green("\nEvery exercise is done. Well played!"))
                    return 0
                }
                screen.showPass(done, movingOnTo: next)  // the pass stays on screen; the next file is checked on save
                screen.banner = invocation.style.green("✓ \(done.id) passed. ") + invocation.style.bold("Now \(next.id): \(next.settings.title).")
                watcher.willCheck(course.url(next.learnerPath).path)
            } else {
                screen.banner = nil
            }
            switch screen.waitForSaveOrKey(watcher) {
            case .saved: continue
            case .quit: return 0
            case .next(let next):
                screen.banner = invocation.style.bold("Now \(next.id): \(next.settings.title).")
                screen.exercise = next
            }
        }
    }

    /// Grades and records one check. On a terminal the check runs in the background, with a "checking…"
    /// line, while keys are read: q stops it at once (its processes are killed). Nil when stopped.
    func check(_ exercise: Exercise, screen: WatchScreen, invocation: Invocation, course: Course,
               progress: ProgressAccess) throws -> GradeReport? {
        let actions = ExerciseActions(course: course, progress: progress)
        let graders = try invocation.graders(for: course), now = invocation.context.now()
        let grade = { @Sendable in try actions.check(exercise, graders: graders, now: now) }
        guard let readKey = invocation.context.readKey else { return try grade() }
        invocation.output.out(invocation.style.dim("\nChecking \(invocation.style.path(exercise.learnerPath))… (q stops)"))
        let work = BackgroundWork(grade)  // on a thread of its own, so the loop keeps reading keys
        while true {
            if let result = work.result { return try result.get() }
            if let key = readKey(0.05), key == "q" || key == "Q" {
                ChildRegistry.shared.cleanUp()
                invocation.output.out("Stopped.")
                return nil
            }
        }
    }
}
