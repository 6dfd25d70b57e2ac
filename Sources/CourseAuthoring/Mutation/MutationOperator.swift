import CourseModel
/// A kind of small, plausible mistake that mutation analysis plants in a reference solution.
///
/// The set follows Muter's and cargo-mutants' operators, narrowed to what a hidden suite of a
/// course exercise should notice: boundaries, arithmetic, conditions, forgotten statements,
/// ownership (`weak`, capture lists), early default returns and swapped arguments.
public enum MutationOperator: String, Codable, CaseIterable, Sendable {
    /// `<` ↔ `<=`, `>` ↔ `>=`, `==` ↔ `!=`.
    case relational
    /// `+` ↔ `-`, `*` ↔ `/`, `%` → `*`, and the compound assignments `+=` `-=` `*=` `/=`.
    case arithmetic
    /// `..<` ↔ `...`.
    case range
    /// An integer literal plus or minus one (`0` becomes `1`).
    case integerLiteral = "integer-literal"
    /// `true` ↔ `false`.
    case booleanLiteral = "boolean-literal"
    /// An `if`, `guard` or `while` condition `c` becomes `!(c)`.
    case negatedCondition = "negated-condition"
    /// A statement line that is a call or an assignment is removed.
    case removedStatement = "removed-statement"
    /// `weak` or `unowned` is removed from a declaration or a capture.
    case removedOwnership = "removed-ownership"
    /// A closure's capture list such as `[weak self]` is removed.
    case removedCaptureList = "removed-capture-list"
    /// `return x` becomes `return` of the return type's obvious default (0, false, "", [], nil).
    case defaultReturn = "default-return"
    /// Two adjacent arguments of a call that look alike are swapped.
    case swappedArguments = "swapped-arguments"

    /// A short phrase for people: "relational operator changed".
    public var summary: String {
        switch self {
        case .relational: return "comparison changed"
        case .arithmetic: return "arithmetic changed"
        case .range: return "range bound changed"
        case .integerLiteral: return "number changed by one"
        case .booleanLiteral: return "Boolean flipped"
        case .negatedCondition: return "condition negated"
        case .removedStatement: return "statement removed"
        case .removedOwnership: return "weak/unowned removed"
        case .removedCaptureList: return "capture list removed"
        case .defaultReturn: return "returns a default value"
        case .swappedArguments: return "arguments swapped"
        }
    }
}
