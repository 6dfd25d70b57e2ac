import CourseAuthoring
import CourseModel
import Foundation

/// The terminal text of a mutation report: one line per exercise, its survivors as one-line
/// diffs under it, and the course's score at the end. Pure: no colour, no terminal width.
public enum MutationReportView {
    public static func text(_ report: MutationReport) -> String {
        var lines: [String] = []
        for exercise in report.exercises { lines += exerciseLines(exercise) }
        let viable = report.killed + report.survived
        lines.append("")
        lines.append("Mutation score \(percent(report.score)): the suites killed \(report.killed) of \(viable) viable "
            + "mutants (\(report.unviable) did not compile, \(report.equivalent) marked equivalent) in \(seconds(report.seconds)).")
        if report.survived > 0 {
            lines.append("Each survivor is a wrong solution the suite passes: add a test it fails, or mark it in "
                + "exercise.json \"equivalent_mutants\" with the original and mutated lines shown above and a reason.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One exercise: its score and counts, then each survivor and any stale equivalence mark.
    public static func exerciseLines(_ report: ExerciseMutationReport) -> [String] {
        if let note = report.note {
            return ["\(report.exercise)  not analysed: \(report.file): \(note)"]
                + report.staleEquivalentMarks.map { staleLine($0, file: report.file) }
        }
        var head = "\(report.exercise)  \(percent(report.score))  killed \(report.killed), survived \(report.survived)"
        if report.unviable > 0 { head += ", unviable \(report.unviable)" }
        if report.equivalent > 0 { head += ", equivalent \(report.equivalent)" }
        if report.errors > 0 { head += ", grader errors \(report.errors)" }
        if report.skipped > 0 { head += ", not run \(report.skipped) (cap)" }
        var lines = [head]
        for survivor in report.survivors {
            lines.append("  \(survivor.location): \(survivor.mutationOperator.summary) (\(survivor.id))")
            lines.append("    - \(survivor.original)")
            lines.append("    + \(survivor.mutated)")
        }
        lines += report.staleEquivalentMarks.map { staleLine($0, file: report.file) }
        return lines
    }

    static func staleLine(_ mark: EquivalentMutant, file: String) -> String {
        let name = mark.id ?? "\"\(mark.original ?? "")\" -> \"\(mark.mutated ?? "")\""
        return "  \(file): the equivalent_mutants mark \(name) matches no mutant any more; update or remove it"
    }

    /// `87%`, rounded down so that 99.6% never shows as a perfect 100%.
    static func percent(_ score: Double) -> String {
        "\(Int((score * 100).rounded(.down)))%"
    }

    static func seconds(_ value: Double) -> String {
        value < 90 ? String(format: "%.1f s", value) : String(format: "%d min %02d s", Int(value) / 60, Int(value) % 60)
    }
}
