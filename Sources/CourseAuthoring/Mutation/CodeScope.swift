import CourseModel
/// A `{ … }` block of a source, as far as mutation operators need to know it.
struct CodeScope: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// The body of a `func`, `init`, `deinit`, `subscript`, or a computed property.
        case function
        /// The body of `if`, `guard … else`, `for`, `while`, `switch`, `do`, `defer`, `repeat`, `catch`.
        case control
        /// A closure, an accessor, or anything else whose return type is not written down.
        case closure
        /// The body of a `struct`, `class`, `enum`, `protocol`, `extension` or `actor`.
        case type
    }

    var kind: Kind
    /// The written return type of a function scope (`Int`, `[String]`, `Summary?`); nil when none.
    var returnType: String?
    /// Whether this is the body of an `init` (its stored-property assignments must stay).
    var isInitializer: Bool
    /// The enclosing scope's index, or nil at the top level.
    var parent: Int?
}
