import CourseModel

/// `[#####-----] 5 of 10 exercises done (50%)`, plus how many changed since they passed.
public enum ProgressBar {
    /// Any progress fills at least one cell, so the bar moves from the first exercise.
    public static func line(done: Int, total: Int, changed: Int = 0, style: Style, width: Int = 20) -> String {
        let filled = total == 0 || done == 0 ? 0 : min(width, max(1, done * width / total))
        let percent = total == 0 ? 0 : done * 100 / total
        let bar = style.green(String(repeating: "#", count: filled)) + style.dim(String(repeating: "-", count: width - filled))
        let note = changed == 0 ? "" : ", " + style.yellow("\(changed) changed since \(changed == 1 ? "it" : "they") passed")
        return "[\(bar)] \(done) of \(total) exercises done (\(percent)%)\(note)"
    }

    /// The line for a learner's summary: every screen shows the same counts.
    public static func line(_ summary: ProgressSummary, style: Style, width: Int = 20) -> String {
        line(done: summary.done, total: summary.total, changed: summary.changed, style: style, width: width)
    }
}
