import CourseModel
/// Mutation analysis of one exercise: how many planted mistakes its hidden suite catches.
public struct ExerciseMutationReport: Equatable, Codable, Sendable {
    public var exercise: String
    /// The mutated file: the exercise's reference solution.
    public var file: String
    public var killed: Int
    public var survived: Int
    public var unviable: Int
    public var equivalent: Int
    public var errors: Int
    /// Mutants generated but not run: past the per-exercise cap, or all of them when `note` says why.
    public var skipped: Int
    /// killed / (killed + survived), from 0 to 1; 1 when no mutant was viable.
    public var score: Double
    /// Every mutant that was run or marked, in source order.
    public var mutants: [MutantResult]
    /// The mutants the suite let through, in source order: each a wrong solution that passes.
    public var survivors: [MutantResult]
    /// Marks in `exercise.json` that match no mutant any more: update or remove them.
    public var staleEquivalentMarks: [EquivalentMutant]
    /// Why nothing was run (no reference solution, or it does not pass its own suite).
    public var note: String?
    /// Time spent grading this exercise's mutants, summed over workers.
    public var seconds: Double

    public init(exercise: String, file: String, mutants: [MutantResult], skipped: Int = 0,
                staleEquivalentMarks: [EquivalentMutant] = [], note: String? = nil, seconds: Double = 0) {
        self.exercise = exercise
        self.file = file
        self.mutants = mutants
        self.skipped = skipped
        self.staleEquivalentMarks = staleEquivalentMarks
        self.note = note
        self.seconds = seconds
        func count(_ outcome: MutantOutcome) -> Int { mutants.filter { $0.outcome == outcome }.count }
        killed = count(.killed)
        survived = count(.survived)
        unviable = count(.unviable)
        equivalent = count(.equivalent)
        errors = count(.error)
        score = Self.score(killed: killed, survived: survived)
        survivors = mutants.filter { $0.outcome == .survived }
    }

    static func score(killed: Int, survived: Int) -> Double {
        killed + survived == 0 ? 1 : Double(killed) / Double(killed + survived)
    }
}
