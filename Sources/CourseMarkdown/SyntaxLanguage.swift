/// The lexical rules the highlighter needs for one programming language.
struct SyntaxLanguage: Sendable {
    /// Reserved words highlighted as keywords.
    let keywords: Set<String>
    /// Lower-case names highlighted as types (capitalised identifiers always are).
    let builtinTypes: Set<String>
    /// The characters that start a line comment.
    let lineComment: String
    /// Whether `/* … */` comments exist (they nest, as in Swift and Rust).
    let blockComments: Bool
    /// The characters that delimit strings.
    let quotes: Set<Character>
    /// Whether tripled quotes start multi-line strings (Swift and Python).
    let tripleQuotedStrings: Bool
    /// Whether ordinary strings may span lines (Rust).
    let multilineStrings: Bool
    /// Whether `\(…)` interpolation exists in strings (Swift).
    let parenthesisInterpolation: Bool
    /// Whether `@name` is an attribute or decorator.
    let atAttributes: Bool
    /// Whether `#name` is a compiler directive and `#"…"#` a raw string (Swift).
    let hashDirectives: Bool
    /// Whether Rust syntax applies: `#[attr]`, lifetimes, char literals, `name!` macros, `r#"…"#`.
    let rustSyntax: Bool
    /// String prefixes such as `f`, `r` and `rb` (Python); `f` enables `{…}` interpolation, `r` disables escapes.
    let stringPrefixes: Set<String>

    /// Returns the language for a fence's info word, accepting common aliases; `nil` if unknown.
    static func named(_ name: String?) -> SyntaxLanguage? {
        switch name?.lowercased() {
        case "swift": return .swift
        case "rust", "rs": return .rust
        case "python", "py", "python3": return .python
        default: return nil
        }
    }

    /// Swift.
    static let swift = SyntaxLanguage(
        keywords: [
            "func", "var", "let", "struct", "class", "enum", "actor", "protocol", "extension", "if", "else",
            "guard", "return", "for", "in", "while", "repeat", "switch", "case", "default", "break", "continue",
            "fallthrough", "defer", "do", "catch", "throw", "throws", "rethrows", "try", "async", "await",
            "import", "init", "deinit", "subscript", "self", "Self", "super", "some", "any", "inout",
            "borrowing", "consuming", "consume", "copy", "mutating", "nonmutating", "static", "private",
            "public", "internal", "fileprivate", "open", "package", "weak", "unowned", "where", "true",
            "false", "nil", "is", "as", "typealias", "associatedtype", "operator", "override", "final",
            "required", "convenience", "lazy", "indirect", "get", "set", "willSet", "didSet",
            "nonisolated", "isolated", "sending", "macro",
        ],
        builtinTypes: [],
        lineComment: "//",
        blockComments: true,
        quotes: ["\""],
        tripleQuotedStrings: true,
        multilineStrings: false,
        parenthesisInterpolation: true,
        atAttributes: true,
        hashDirectives: true,
        rustSyntax: false,
        stringPrefixes: []
    )

    /// Rust.
    static let rust = SyntaxLanguage(
        keywords: [
            "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
            "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
            "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe",
            "use", "where", "while", "yield", "union", "macro_rules",
        ],
        builtinTypes: [
            "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
            "f32", "f64", "bool", "char", "str",
        ],
        lineComment: "//",
        blockComments: true,
        quotes: ["\""],
        tripleQuotedStrings: false,
        multilineStrings: true,
        parenthesisInterpolation: false,
        atAttributes: false,
        hashDirectives: false,
        rustSyntax: true,
        stringPrefixes: []
    )

    /// Python.
    static let python = SyntaxLanguage(
        keywords: [
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
            "yield", "match", "case", "self",
        ],
        builtinTypes: ["int", "float", "str", "bool", "bytes", "list", "dict", "set", "tuple", "object", "type"],
        lineComment: "#",
        blockComments: false,
        quotes: ["\"", "'"],
        tripleQuotedStrings: true,
        multilineStrings: false,
        parenthesisInterpolation: false,
        atAttributes: true,
        hashDirectives: false,
        rustSyntax: false,
        stringPrefixes: ["r", "u", "f", "b", "rb", "br", "fr", "rf"]
    )
}
