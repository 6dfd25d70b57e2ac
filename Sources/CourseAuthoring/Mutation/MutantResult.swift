import CourseModel
/// One mutant's outcome, as the report lists it.
public struct MutantResult: Equatable, Codable, Sendable {
    public var id: String
    public var mutationOperator: MutationOperator
    /// The mutated file, relative to the course root (the reference solution's path).
    public var file: String
    public var line: Int
    public var column: Int
    /// The changed line before and after, trimmed of indentation.
    public var original: String
    public var mutated: String
    public var outcome: MutantOutcome
    /// Why it is equivalent, when marked so.
    public var reason: String?
    /// How long grading it took (0 when not run); slow mutants are usually endless loops.
    public var seconds: Double

    enum CodingKeys: String, CodingKey {
        case id, mutationOperator = "operator", file, line, column, original, mutated, outcome, reason, seconds
    }

    public init(_ mutant: Mutant, file: String, outcome: MutantOutcome, reason: String? = nil, seconds: Double = 0) {
        id = mutant.id
        mutationOperator = mutant.mutationOperator
        self.file = file
        line = mutant.line
        column = mutant.column
        original = mutant.originalLine.trimmingCharacters(in: .whitespaces)
        mutated = mutant.mutatedLine.trimmingCharacters(in: .whitespaces)
        self.outcome = outcome
        self.reason = reason
        self.seconds = seconds
    }

    /// `Solutions/exercise-3.swift:17`.
    public var location: String { "\(file):\(line)" }
}
