import CourseModel

/// The interactive `course list` on a terminal, as a value: the rows, the cursor, the filter, and what a
/// key does. Keys in, actions out; the screen is a pure function of the state, so tests drive it from a table.
public struct ListBrowser: Equatable {
    public enum Filter: String, CaseIterable, Sendable { case all, pending, done }

    /// What the command does after a key.
    public enum Action: Equatable {
        case redraw, quit
        case openLesson(Int)
        case check(String)
        case reset(String)
    }

    public var summary: ProgressSummary
    /// Exercise ids in course order, with their lesson numbers.
    public var rows: [(id: String, lesson: Int)]
    public var filter: Filter = .all
    /// Index into `visible`.
    public var cursor = 0

    public init(course: Course, summary: ProgressSummary) {
        self.summary = summary
        rows = course.exercises.map { ($0.id, $0.lessonNumber) }
        cursor = max(0, visible.firstIndex { $0 == summary.currentID } ?? 0)
    }

    public static func == (a: ListBrowser, b: ListBrowser) -> Bool {
        a.summary == b.summary && a.rows.map(\.id) == b.rows.map(\.id) && a.filter == b.filter && a.cursor == b.cursor
    }

    /// The ids the filter lets through ("pending" includes exercises changed since they passed).
    public var visible: [String] {
        rows.map(\.id).filter { id in
            let state = summary.states[id] ?? .pending
            switch filter {
            case .all: return true
            case .pending: return state != .done
            case .done: return state == .done
            }
        }
    }

    public var selected: String? { visible.indices.contains(cursor) ? visible[cursor] : nil }

    /// `j`/`k` or the arrow keys (`up`, `down`), Enter opens the lesson, `c` checks, `r` resets (the command
    /// asks first), `f` cycles the filter, `q` quits.
    public mutating func handle(_ key: String) -> Action {
        switch key {
        case "j", "down": cursor = min(cursor + 1, max(0, visible.count - 1))
        case "k", "up": cursor = max(cursor - 1, 0)
        case "g", "home": cursor = 0
        case "G", "end": cursor = max(0, visible.count - 1)
        case "f":
            let kept = selected
            let all = Filter.allCases
            filter = all[((all.firstIndex(of: filter) ?? 0) + 1) % all.count]
            cursor = kept.flatMap { visible.firstIndex(of: $0) } ?? 0
        case "\n", "\r", "enter":
            if let id = selected, let row = rows.first(where: { $0.id == id }) { return .openLesson(row.lesson) }
        case "c": if let id = selected { return .check(id) }
        case "r": if let id = selected { return .reset(id) }
        case "q", "Q", "esc": return .quit
        default: break
        }
        return .redraw
    }

    /// The screen: the progress line, the rows that fit in `height` lines around the cursor, the key line.
    /// With a `width`, every row is one screen line (cut at the edge) and the header and key lines are
    /// wrapped here and counted, so the screen never scrolls its header or the cursor's row away.
    public func render(_ course: Course, height: Int, width: Int? = nil, style: Style) -> String {
        let fit = { (text: String) in width.map { LineWrapper.wrap(text, width: $0) } ?? text }
        let header = [fit(style.bold(course.title) + style.dim("  (showing: \(filter.rawValue))")), fit(ProgressBar.line(summary, style: style)), ""]
        let keys = fit(style.dim("↑/↓ or j/k move, Enter lesson, c check, r reset, f filter, q quit"))
        var lines = header
        let used = (header + [keys]).reduce(0) { $0 + $1.split(separator: "\n", omittingEmptySubsequences: false).count }
        let ids = visible
        let room = max(1, height - used - 2)
        let start = min(max(0, cursor - room / 2), max(0, ids.count - room))
        if ids.isEmpty { lines.append(style.dim("  (no \(filter.rawValue) exercises: press f)")) }
        for (index, id) in ids.enumerated().dropFirst(start).prefix(room) {
            guard let exercise = try? course.exercise(id) else { continue }
            let mark: String
            switch summary.states[id] ?? .pending {
            case .done: mark = style.green("✓")
            case .changed: mark = style.yellow("~")
            case .pending: mark = style.dim("•")
            }
            let text = "\(mark) \(id.padding(toLength: 12, withPad: " ", startingAt: 0)) \(exercise.settings.title)"
                + style.dim("  lesson \(exercise.lessonNumber)")
            let row = index == cursor ? style.bold("› " + text) : "  " + text
            lines.append(width.map { LineWrapper.visibleWidth(row) > $0 ? LineWrapper.cut(row, width: $0) : row } ?? row)
        }
        lines.append("")
        lines.append(keys)
        return lines.joined(separator: "\n")
    }
}
