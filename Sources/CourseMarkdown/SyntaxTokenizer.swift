/// Splits source code into syntax tokens for highlighting.
///
/// The scanner never backtracks past its start and every step consumes at least one character,
/// so it terminates on any input; unterminated strings and comments run to their natural end.
struct SyntaxTokenizer {
    /// The language rules in force.
    private let language: SyntaxLanguage
    /// The read position and the tokens produced so far.
    private var cursor: SourceCursor

    /// Tokenizes `source` according to `language`.
    static func tokenize(_ source: String, language: SyntaxLanguage) -> [SyntaxToken] {
        var tokenizer = SyntaxTokenizer(language: language, cursor: SourceCursor(source))
        tokenizer.run()
        return tokenizer.cursor.tokens
    }

    /// Creates a tokenizer over `cursor`.
    private init(language: SyntaxLanguage, cursor: SourceCursor) {
        self.language = language
        self.cursor = cursor
    }

    /// Scans the whole source.
    private mutating func run() {
        while let character = cursor.peek() {
            let start = cursor.index
            step(character)
            if cursor.index <= start {
                cursor.index = start + 1
                cursor.emit(String(character), .plain)
            }
        }
    }

    /// Scans one token starting with `character`.
    private mutating func step(_ character: Character) {
        if cursor.matches(language.lineComment) {
            cursor.consume(while: { $0 != "\n" }, as: .comment)
        } else if language.blockComments && cursor.matches("/*") {
            scanBlockComment()
        } else if language.rustSyntax && character == "#"
                    && (cursor.peek(1) == "[" || (cursor.peek(1) == "!" && cursor.peek(2) == "[")) {
            scanRustAttribute()
        } else if language.hashDirectives && character == "#" {
            scanHash()
        } else if language.quotes.contains(character) {
            strings.scan(&cursor, prefixLength: 0, hashes: 0, escapes: true, braces: false)
        } else if language.rustSyntax && character == "'" {
            scanQuoteOrLifetime()
        } else if language.atAttributes && character == "@" && Self.isIdentifierStart(cursor.peek(1)) {
            cursor.index += 1
            cursor.consume(while: { Self.isIdentifierPart($0) || $0 == "." }, as: .attribute, including: "@")
        } else if LineSyntax.isASCIIDigit(character) {
            scanNumber()
        } else if Self.isIdentifierStart(character) {
            scanIdentifier()
        } else {
            cursor.emit(String(character), .plain)
            cursor.index += 1
        }
    }

    /// The string scanner for this language.
    private var strings: StringLiteralScanner { StringLiteralScanner(language: language) }

    /// Scans an identifier, classifying it as keyword, type, macro, string prefix or plain name.
    private mutating func scanIdentifier() {
        let start = cursor.index
        while let character = cursor.peek(), Self.isIdentifierPart(character) { cursor.index += 1 }
        let word = cursor.text(from: start)
        let lowered = word.lowercased()
        if let next = cursor.peek(), language.quotes.contains(next), language.stringPrefixes.contains(lowered) {
            cursor.index = start
            strings.scan(&cursor, prefixLength: word.count, hashes: 0,
                         escapes: !lowered.contains("r"), braces: lowered.contains("f"))
            return
        }
        if language.rustSyntax, word == "r" || word == "br" || word == "b" {
            var hashes = 0
            while cursor.peek(hashes) == "#" { hashes += 1 }
            if cursor.peek(hashes) == "\"" && (hashes == 0 || word != "b") {
                cursor.index = start
                strings.scan(&cursor, prefixLength: word.count + hashes, hashes: hashes,
                             escapes: word == "b", braces: false)
                return
            }
        }
        if language.keywords.contains(word) {
            cursor.emit(word, .keyword)
        } else if language.rustSyntax && cursor.peek() == "!" && cursor.peek(1) != "=" {
            cursor.index += 1
            cursor.emit(word + "!", .attribute)
        } else if language.builtinTypes.contains(word) || word.first?.isUppercase == true {
            cursor.emit(word, .type)
        } else {
            cursor.emit(word, .plain)
        }
    }

    /// Scans a numeric literal such as `42`, `0xFF`, `1_000` or `3.14`.
    private mutating func scanNumber() {
        let start = cursor.index
        while let character = cursor.peek() {
            if Self.isIdentifierPart(character) {
                cursor.index += 1
            } else if character == ".", let next = cursor.peek(1), LineSyntax.isASCIIDigit(next) {
                cursor.index += 1
            } else {
                break
            }
        }
        cursor.emit(cursor.text(from: start), .number)
    }

    /// Scans a possibly nested `/* … */` comment.
    private mutating func scanBlockComment() {
        let start = cursor.index
        var depth = 0
        while !cursor.isAtEnd {
            if cursor.matches("/*") {
                depth += 1
                cursor.index += 2
            } else if cursor.matches("*/") {
                depth -= 1
                cursor.index += 2
                if depth <= 0 { break }
            } else {
                cursor.index += 1
            }
        }
        cursor.emit(cursor.text(from: start), .comment)
    }

    /// Scans a Rust attribute `#[…]` / `#![…]` up to its matching bracket or the end of the line.
    private mutating func scanRustAttribute() {
        let start = cursor.index
        var depth = 0
        while let character = cursor.peek(), character != "\n" {
            cursor.index += 1
            if character == "[" { depth += 1 }
            if character == "]" {
                depth -= 1
                if depth <= 0 { break }
            }
        }
        cursor.emit(cursor.text(from: start), .attribute)
    }

    /// Scans a Swift `#directive` or a raw string `#"…"#`.
    private mutating func scanHash() {
        var hashes = 0
        while cursor.peek(hashes) == "#" { hashes += 1 }
        if cursor.peek(hashes) == "\"" {
            strings.scan(&cursor, prefixLength: hashes, hashes: hashes, escapes: true, braces: false)
        } else if Self.isIdentifierStart(cursor.peek(1)) {
            cursor.index += 1
            cursor.consume(while: Self.isIdentifierPart, as: .keyword, including: "#")
        } else {
            cursor.emit("#", .plain)
            cursor.index += 1
        }
    }

    /// Scans a Rust character literal (`'a'`, `'\n'`) or lifetime (`'a`).
    private mutating func scanQuoteOrLifetime() {
        let start = cursor.index
        if cursor.peek(2) == "'" && cursor.peek(1) != "\\" {
            cursor.index += 3
            return cursor.emit(cursor.text(from: start), .string)
        }
        if cursor.peek(1) == "\\" {
            var offset = 2
            while offset < 12, let character = cursor.peek(offset), character != "'", character != "\n" { offset += 1 }
            if cursor.peek(offset) == "'" {
                cursor.index += offset + 1
                return cursor.emit(cursor.text(from: start), .string)
            }
        }
        if Self.isIdentifierStart(cursor.peek(1)) {
            cursor.index += 1
            cursor.consume(while: Self.isIdentifierPart, as: .attribute, including: "'")
        } else {
            cursor.emit("'", .plain)
            cursor.index += 1
        }
    }

    /// Whether `character` can start an identifier.
    private static func isIdentifierStart(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character == "_" || character.isLetter
    }

    /// Whether `character` can continue an identifier.
    private static func isIdentifierPart(_ character: Character) -> Bool {
        character == "_" || character.isLetter || character.isNumber
    }
}
