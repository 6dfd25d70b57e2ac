import CourseAuthoring
import CourseModel

/// What `course import` prints: one line per exercise of the track that was asked for, then a summary.
public enum ImportView {
    /// `✓ exercise-3 bob: the example passes, the stub fails`, `✗ exercise-4 hamming: <first problem>`,
    /// `– list-ops: skipped: <reason>`.
    public static func line(_ outcome: ExercismImporter.Outcome, problems: [CourseProblem]?, style: Style) -> String {
        guard let id = outcome.exercise else {
            return style.dim("– \(outcome.slug): skipped: \(outcome.skipped ?? "")")
        }
        guard let problems else { return "  \(id) \(outcome.slug): imported" }
        guard let first = problems.first else {
            return style.green("✓") + " \(id) \(outcome.slug): the example passes, the stub fails"
        }
        let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
        let text = first.description.split(separator: "\n").first.map(String.init) ?? first.description
        return style.red("✗") + " \(id) \(outcome.slug): \(text)\(more)"
    }

    public static func summary(_ outcomes: [ExercismImporter.Outcome], failing: Int?, folder: String, track: ExercismTrack) -> String {
        let imported = outcomes.filter { $0.exercise != nil }.count
        let commit = track.commit.map { " at \($0.prefix(12))" } ?? ""
        var text = "Imported \(imported) of \(outcomes.count) exercises of \(track.track)\(commit) into \(folder)"
            + (imported == outcomes.count ? "." : " (\(outcomes.count - imported) skipped, reasons above).")
        if let failing {
            text += failing == 0
                ? " All \(imported) validate."
                : " \(imported - failing) validate; \(failing) do not: 'course validate exercise-N' shows every problem of one."
        }
        return text + " Attribution and licence: \(Attribution.file)."
    }
}
