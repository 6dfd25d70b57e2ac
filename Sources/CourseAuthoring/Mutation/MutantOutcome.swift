import CourseGrading
import CourseModel
/// What grading a mutant showed about the hidden suite.
public enum MutantOutcome: String, Codable, Sendable {
    /// A test failed, crashed or timed out: the suite noticed the mistake.
    case killed
    /// Every test passed: the suite cannot tell this wrong solution from the right one.
    case survived
    /// It did not compile or no longer fits the exercise's API; not counted.
    case unviable
    /// Marked equivalent in `exercise.json`; not run and not counted.
    case equivalent
    /// The grader itself failed (toolchain, scratch folder); not counted, worth a second run.
    case error

    /// How a grade report of a mutant reads: a pass means the mutant survived.
    public static func of(_ report: GradeReport) -> MutantOutcome {
        switch report.status {
        case .pass: return .survived
        case .fail: return .killed
        case .error:
            switch report.errorKind {
            case .compile?, .apiMismatch?, .forbiddenImport?: return .unviable
            default: return .error
            }
        }
    }
}
