import CourseGrading
import CourseModel
import CourseTerminal
import Foundation

/// What `course watch` shows: the latest result (or the list, or a hint under the result) and, always
/// last, the key line. Each key redraws the whole screen, so nothing pushes the result away.
struct WatchScreen {
    let invocation: Invocation
    let course: Course
    let progress: ProgressAccess
    var exercise: Exercise
    /// One line above the result: what just happened ("✓ exercise-1 passed. Now exercise-2: …").
    var banner: String?
    private var result = ""

    init(invocation: Invocation, course: Course, progress: ProgressAccess, exercise: Exercise) {
        self.exercise = exercise
        self.invocation = invocation
        self.course = course
        self.progress = progress
    }

    var output: Output { invocation.output }
    var actions: ExerciseActions { ExerciseActions(course: course, progress: progress) }
    var style: Style { invocation.style }
    var clear: String { invocation.context.stdoutIsTerminal ? "\u{1B}[2J\u{1B}[H" : "" }

    enum Event { case saved, quit, next(Exercise) }

    /// Shows a fresh result with the key line.
    mutating func show(_ report: GradeReport) {
        let recorded = try? progress.load()
        result = (banner.map { $0 + "\n\n" } ?? "")
            + ReportView.render(report, exercise: exercise, next: recorded.flatMap { course.nextStep(after: exercise, in: $0) },
                                style: style, edition: course.edition, watching: true, hintsLeft: recorded?.hintsLeft(exercise) ?? true)
        draw(result)
    }

    func keyLine(list: Bool = false) -> String {
        style.dim("\nWatching \(style.path(exercise.learnerPath)). Keys: h hint, n next, " + (list ? "l back" : "l list") + ", c check, q quit.")
    }

    func draw(_ body: String, list: Bool = false) {
        output.raw(clear)
        output.out(body)
        output.out(keyLine(list: list))
    }

    /// Shows the pass screen of `done`, which stays while watch moves on to `next`: its file is checked on
    /// the first save (or c).
    mutating func showPass(_ done: Exercise, movingOnTo next: Exercise) {
        exercise = next
        result += "\n\n" + style.bold("Now \(next.id): \(next.settings.title).")
            + " Open \(style.path(next.learnerPath)); it is checked when you save it (or press c)."
        draw(result)
    }

    /// Waits for a save or a key; h, l and n redraw the screen in place. `watcher` lives for the whole
    /// session: its snapshot is what was last checked, so a save made during that check counts.
    mutating func waitForSaveOrKey(_ watcher: FileWatcher) -> Event {
        var showingList = false
        while true {
            if let readKey = invocation.context.readKey {
                switch readKey(0.25) {
                case "q", "Q": return .quit
                case "c", "C": return .saved
                case "n", "N":
                    if let next = confirmNext(readKey) { return .next(next) }
                    draw(result)
                case "h", "H":
                    let hint = CapturedText()
                    do {
                        try actions.revealHint(exercise, output: Output(stdout: hint, stderr: hint, style: style), watching: true)
                    } catch let error as CourseError {
                        hint.write(CourseApp.text(of: error, command: "hint", context: invocation.context))
                    } catch {
                        hint.write("Error: \(error)\n")
                    }
                    showingList = false
                    draw(result + "\n\n" + hint.text.trimmingCharacters(in: .newlines))
                case "l", "L":
                    showingList.toggle()
                    if showingList {
                        let list = CapturedText()
                        try? actions.showList(output: Output(stdout: list, stderr: list, style: style), json: false)
                        draw(list.text.trimmingCharacters(in: .newlines), list: true)
                    } else {
                        draw(result)
                    }
                default: break
                }
            } else {
                watcher.waitForEvent(timeout: 0.25)
            }
            if watcher.changed() { return .saved }
        }
    }

    /// `n`: the next exercise, after a y when this one is not done yet.
    func confirmNext(_ readKey: (Double) -> Character?) -> Exercise? {
        guard let next = course.exercise(after: exercise) else {
            output.out(style.yellow("\(exercise.id) is the last exercise."))
            return nil
        }
        let done = (try? progress.load()).map { course.state(of: exercise, in: $0) == .done } ?? false
        if done { return next }
        output.out(style.yellow("\n\(exercise.id) is not done yet. Move on to \(next.id) anyway? (y/n)"))
        while true {
            switch readKey(60) {
            case "y", "Y": return next
            case nil: continue
            default: return nil
            }
        }
    }
}
