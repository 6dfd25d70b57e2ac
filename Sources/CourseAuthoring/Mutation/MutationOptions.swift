import CourseModel
import Foundation

/// How a mutation run is done: how many checks at once, which mutants, and how fast a mutant must fail.
public struct MutationOptions: Sendable {
    /// Checks graded at once.
    public var workers: Int
    public var generator: MutantGenerator
    /// At most this many mutants per exercise are run, spread evenly over the file; nil for all.
    public var maxMutantsPerExercise: Int?
    /// Whether mutants run with a shorter timeout than learners get (see `mutantTimeout(for:)`).
    public var shortTimeouts: Bool

    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, generator: MutantGenerator = MutantGenerator(),
                maxMutantsPerExercise: Int? = 80, shortTimeouts: Bool = true) {
        self.workers = max(1, workers)
        self.generator = generator
        self.maxMutantsPerExercise = maxMutantsPerExercise
        self.shortTimeouts = shortTimeouts
    }

    /// A quarter of the exercise's timeout, at least 5 s (never more than the exercise's own).
    ///
    /// A mutant that loops forever costs a timeout for its first run and then the grader's re-run
    /// budget (three timeouts and 5 s more), so with the usual 10 s one mutant takes 45 s; with 5 s,
    /// 25 s. Like Stryker's timeout, the shorter limit is only used when the reference solution
    /// passes within it, and it is a fixed function of the settings so cached reports stay valid.
    public func mutantTimeout(for settings: ExerciseSettings) -> Double {
        guard shortTimeouts else { return settings.timeoutSeconds }
        return min(settings.timeoutSeconds, max(5, (settings.timeoutSeconds / 4).rounded(.up)))
    }
}
