import Foundation

/// `course watch`: re-check on every save; keys h, n, l, q; moves on after a pass.
extension Session {
    func watch() throws -> Int32 {
        try extraArguments(max: 1)
        var exercise = try exerciseArgument(try loadProgress(), required: false)
        let once = arguments.flags.contains("--once")
        let clear = context.stdoutIsTerminal ? "\u{1B}[2J\u{1B}[H" : ""
        _ = context.readKey?(0)  // puts the terminal in key-at-a-time mode before the first check
        while true {
            let report = try grade(exercise)
            try record(report)
            context.stdout.write(clear)
            out(ReportView.render(report, exercise: exercise, next: nextExercise(after: exercise), style: style))
            if once { return report.passed ? 0 : 1 }
            if report.passed {
                guard let next = currentExercise(try loadProgress()) ?? nextExercise(after: exercise), next.id != exercise.id else {
                    out(style.green("\nEvery exercise is done. Well played!"))
                    return 0
                }
                out(style.bold("\nMoving on to \(next.id): \(next.settings.title). Edit \(next.learnerPath)."))
                exercise = next
            }
            out(style.dim("\nWatching \(exercise.learnerPath) (save to re-check). Keys: h hint, n next, l list, q quit."))
            switch waitForSaveOrKey(exercise) {
            case .saved: continue
            case .quit: return 0
            case .next:
                if let next = nextExercise(after: exercise) { exercise = next }
            }
        }
    }

    enum WatchEvent { case saved, quit, next }

    func waitForSaveOrKey(_ exercise: Exercise) -> WatchEvent {
        let watcher = FileWatcher(path: course.url(exercise.learnerPath).path)
        while true {
            if let readKey = context.readKey {
                if let key = readKey(0.25) {
                    switch key {
                    case "q", "Q": return .quit
                    case "n", "N": return .next
                    case "h", "H":
                        var copy = self
                        copy.arguments.positionals = [exercise.id]
                        _ = try? copy.hint()
                    case "l", "L":
                        var copy = self
                        copy.arguments.positionals = []
                        copy.arguments.flags = []
                        _ = try? copy.list()
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
