import CourseModel
/// A source file read for mutation: its tokens, lines, declaration headers and block scopes.
///
/// One pass over the tokens keeps a stack of open braces; that is all the structure the
/// operators need, and it cannot fail on odd input (unbalanced braces just leave scopes open).
struct MutationSource: Sendable {
    let scalars: [Unicode.Scalar]
    let tokens: [MutationToken]
    /// Scalar offset where each line starts (index 0 is line 1).
    let lineStarts: [Int]
    /// For each token: whether it belongs to a declaration header (a signature, a type
    /// annotation, an attribute line), where the operators other than ownership do nothing.
    private(set) var inHeader: [Bool]
    /// For each token: the innermost scope it is in, or nil at the top level.
    private(set) var scopeOf: [Int?]
    private(set) var scopes: [CodeScope] = []

    static let declarationKeywords: Set<String> = [
        "func", "init", "deinit", "subscript", "struct", "class", "enum", "protocol", "extension", "actor",
        "typealias", "import", "associatedtype", "operator", "precedencegroup",
    ]
    static let controlKeywords: Set<String> = ["if", "guard", "while", "for", "switch", "else", "do", "defer", "repeat", "catch"]
    /// Words that start a statement which is not a call or an assignment.
    static let keywords: Set<String> = declarationKeywords.union(controlKeywords).union([
        "let", "var", "return", "case", "default", "break", "continue", "fallthrough", "throw", "in", "where",
        "as", "is", "super", "static", "private", "fileprivate", "public", "internal", "open", "final",
        "override", "mutating", "nonmutating", "lazy", "weak", "unowned", "convenience", "required", "indirect",
        "nonisolated", "consuming", "borrowing", "inout", "some", "any",
    ])

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
        tokens = MutationLexer.tokens(source)
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
        lineStarts = starts
        inHeader = Array(repeating: false, count: tokens.count)
        scopeOf = Array(repeating: nil, count: tokens.count)
        analyse()
    }

    /// The text of line `number` (1-based), without its newline.
    func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? lineStarts[number] - 1 : scalars.count
        return String(String.UnicodeScalarView(scalars[start..<max(start, end)]))
    }

    /// The source text from scalar `start` to `end`.
    func text(_ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(scalars[max(0, start)..<min(max(start, end), scalars.count)]))
    }

    /// The source text of tokens `first...last`, as written.
    func text(tokens first: Int, _ last: Int) -> String { text(tokens[first].start, tokens[last].end) }

    /// The return type in force at a token: the nearest function scope's, through control blocks;
    /// nil inside a closure or where none is written.
    func returnType(at index: Int) -> (type: String?, scope: Int)? {
        var scope = scopeOf[index]
        while let current = scope {
            switch scopes[current].kind {
            case .control: scope = scopes[current].parent
            case .function: return (scopes[current].returnType, current)
            case .closure, .type: return nil
            }
        }
        return nil
    }

    private mutating func analyse() {
        enum Header { case none, declaration(keyword: String, depth: Int, arrow: Int?), binding(depth: Int, colon: Int?), lineOnly }
        var header = Header.none
        var pendingControl: Int?  // paren depth at which a control keyword waits for its `{`
        var stack: [Int] = []
        var depth = 0
        for index in tokens.indices {
            let token = tokens[index]
            let newLine = index == 0 || tokens[index - 1].line != token.line
            // A header that reaches the end of its line at its own depth ends there.
            if newLine {
                switch header {
                case .lineOnly: header = .none
                case .binding(let d, _) where depth <= d: header = .none
                case .declaration(_, let d, _) where depth <= d && !["{", "->", "throws", "rethrows", "async", "where"].contains(token.text):
                    header = .none
                default: break
                }
                if case .none = header, token.is("@") { header = .lineOnly }
            }
            scopeOf[index] = stack.last
            switch header {
            case .none:
                if token.isWord && Self.declarationKeywords.contains(token.text) && !nextIs(index, ["func", "var", "let"])
                    && !(index > 0 && tokens[index - 1].is(".")) {
                    header = ["typealias", "import", "associatedtype"].contains(token.text) ? .lineOnly
                        : .declaration(keyword: token.text, depth: depth, arrow: nil)
                } else if token.isWord && (token.is("let") || token.is("var")) {
                    header = .binding(depth: depth, colon: nil)
                }
            case .binding(let d, let colon):
                if depth == d && token.is(":") && colon == nil { header = .binding(depth: d, colon: index) }
                if depth == d && (token.is("=") || token.is(",") || token.is("else")) { header = .none }
                if depth == d && token.is("{") {
                    // `var x: T {`: a computed property. `if let x {`: the control block's brace.
                    header = .none
                    if pendingControl == nil, let colon {
                        inHeader[index] = true
                        open(&stack, index, CodeScope(kind: .function, returnType: typeText(colon + 1, index - 1),
                                                      isInitializer: false, parent: stack.last))
                        continue
                    }
                }
            case .declaration(let keyword, let d, let arrow):
                if depth == d && token.is("->") { header = .declaration(keyword: keyword, depth: d, arrow: index) }
                if depth == d && token.is("{") {
                    header = .none
                    inHeader[index] = true
                    let isType = ["struct", "class", "enum", "protocol", "extension", "actor"].contains(keyword)
                    var type: String?
                    if let arrow { type = typeText(arrow + 1, lastBeforeWhere(arrow + 1, index - 1)) }
                    open(&stack, index, CodeScope(kind: isType ? .type : .function, returnType: type,
                                                  isInitializer: keyword == "init", parent: stack.last))
                    continue
                }
            case .lineOnly: break
            }
            if case .none = header {} else { inHeader[index] = true }
            if token.isWord && Self.controlKeywords.contains(token.text) && !inHeader[index] { pendingControl = depth }
            guard token.kind == .punctuation else { continue }
            switch token.text {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case "{":
                let isControl = pendingControl == depth
                if isControl { pendingControl = nil }
                open(&stack, index, CodeScope(kind: isControl ? .control : .closure, returnType: nil,
                                              isInitializer: false, parent: stack.last))
            case "}":
                _ = stack.popLast()
            default: break
            }
        }
    }

    private mutating func open(_ stack: inout [Int], _ index: Int, _ scope: CodeScope) {
        scopes.append(scope)
        stack.append(scopes.count - 1)
    }

    private func nextIs(_ index: Int, _ words: Set<String>) -> Bool {
        index + 1 < tokens.count && words.contains(tokens[index + 1].text)
    }

    private func lastBeforeWhere(_ first: Int, _ last: Int) -> Int {
        var index = first
        while index <= last { if tokens[index].is("where") { return index - 1 }; index += 1 }
        return last
    }

    /// A type as written, without spaces: `[String:Int]`, `Summary?`; nil when empty.
    private func typeText(_ first: Int, _ last: Int) -> String? {
        guard first <= last else { return nil }
        return tokens[first...last].map(\.text).joined()
    }
}
