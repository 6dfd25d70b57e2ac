import CourseModel
/// One mutant graded during a run, for a progress line: `[12/356] exercise-4 killed relational@11:26#…`.
public struct MutationProgress: Sendable {
    public var exercise: String
    public var result: MutantResult
    /// Mutants graded so far, and in all, over the whole run.
    public var finished: Int
    public var total: Int
}
