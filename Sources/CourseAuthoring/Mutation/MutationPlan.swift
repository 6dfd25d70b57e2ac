import CourseModel
import Foundation

/// What a run does for one exercise: the mutants to grade, those marked equivalent, and the
/// exercise settings (timeout) the mutants are graded with; or why none can be run.
struct MutationPlan: Sendable {
    var exerciseID: String
    var file: String
    /// The exercise as mutants are graded: possibly with a shorter timeout.
    var exercise: Exercise
    var toRun: [Mutant]
    var equivalent: [(Mutant, String)]
    var stale: [EquivalentMutant]
    var skipped: Int
    var note: String?
    var seconds: Double

    /// The mutants to run after the cap: evenly spread over the file, first and last included.
    static func capped(_ mutants: [Mutant], to limit: Int?) -> [Mutant] {
        guard let limit, limit > 0, mutants.count > limit else { return mutants }
        if limit == 1 { return [mutants[0]] }
        return (0..<limit).map { mutants[$0 * (mutants.count - 1) / (limit - 1)] }
    }

    /// Splits generated mutants into marked-equivalent and the rest, and finds marks that match none.
    static func split(_ mutants: [Mutant], marks: [EquivalentMutant]) -> (rest: [Mutant], equivalent: [(Mutant, String)], stale: [EquivalentMutant]) {
        var rest: [Mutant] = [], equivalent: [(Mutant, String)] = []
        for mutant in mutants {
            if let mark = marks.first(where: { $0.matches(mutant) }) {
                equivalent.append((mutant, mark.reason))
            } else {
                rest.append(mutant)
            }
        }
        let stale = marks.filter { mark in !mutants.contains(where: mark.matches) }
        return (rest, equivalent, stale)
    }
}
