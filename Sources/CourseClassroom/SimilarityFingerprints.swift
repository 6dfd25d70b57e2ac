import CourseGrading
import Foundation

/// The fingerprints of one source file, MOSS style (Schleimer, Wilkerson, Aiken: "Winnowing", SIGMOD 2003):
/// the file becomes a stream of normalized tokens (comments and whitespace gone, every identifier `v`, every
/// number `0`, every string `s`, keywords and punctuation kept), each run of `k` tokens is hashed, and in each
/// window of `w` hashes the smallest is kept. Renaming, reformatting and recommenting change nothing;
/// moving whole functions around keeps every fingerprint inside them.
public struct SimilarityFingerprints: Sendable {
    public struct Settings: Sendable, Equatable {
        /// Tokens per k-gram: a match shorter than this is noise.
        public var k: Int
        /// Window size: any match of at least `k + w - 1` tokens is certain to be found.
        public var window: Int
        public init(k: Int = 10, window: Int = 5) { self.k = k; self.window = window }
    }

    /// A kept fingerprint: its hash and the source lines its k-gram spans.
    public struct Mark: Sendable, Equatable {
        public var hash: UInt64
        public var firstLine: Int
        public var lastLine: Int
    }

    public var marks: [Mark]
    /// The distinct hashes of `marks`.
    public var hashes: Set<UInt64>

    public init(source: String, settings: Settings = Settings(), excluding excluded: Set<UInt64> = []) {
        let grams = SimilarityFingerprints.kGrams(source, k: settings.k)
        var marks: [Mark] = []
        var lastPicked = -1
        if !grams.isEmpty {
            let w = min(settings.window, grams.count)
            for start in 0...(grams.count - w) {
                var pick = start
                for index in start..<(start + w) where grams[index].hash <= grams[pick].hash { pick = index }  // rightmost minimum
                if pick != lastPicked {
                    lastPicked = pick
                    if !excluded.contains(grams[pick].hash) { marks.append(grams[pick]) }
                }
            }
        }
        self.marks = marks
        hashes = Set(marks.map(\.hash))
    }

    /// Every k-gram's hash (not only the winnowed ones): what the starter and public examples contribute to
    /// the exclusion set, so no fingerprint of code everyone was given is ever counted.
    public static func allHashes(_ source: String, settings: Settings = Settings()) -> Set<UInt64> {
        Set(kGrams(source, k: settings.k).map(\.hash))
    }

    static func kGrams(_ source: String, k: Int) -> [Mark] {
        let tokens = normalized(source)
        guard tokens.count >= k else { return [] }
        var grams: [Mark] = []
        grams.reserveCapacity(tokens.count - k + 1)
        for start in 0...(tokens.count - k) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a over the token codes: the same on every machine
            for token in tokens[start..<(start + k)] {
                hash = (hash ^ token.code) &* 0x0000_0100_0000_01b3
            }
            grams.append(Mark(hash: hash, firstLine: tokens[start].line, lastLine: tokens[start + k - 1].line))
        }
        return grams
    }

    struct Token { var code: UInt64; var line: Int }

    /// The normalized token stream, each token a stable 64-bit code.
    static func normalized(_ source: String) -> [Token] {
        var tokens: [Token] = []
        var previousWasNumber = false
        for token in SwiftTokenizer.tokens(source) {
            let text: String
            let first = token.text.unicodeScalars.first ?? " "
            if ("0"..."9").contains(first) {
                if previousWasNumber { continue }  // the tokenizer splits 42 into 4, 2
                text = "0"
                previousWasNumber = true
            } else {
                previousWasNumber = false
                if token.text == "\"\"" { text = "s" }
                else if SwiftTokenizer.isIdentifierStart(first) { text = keywords.contains(token.text) ? token.text : "v" }
                else { text = token.text }
            }
            var code: UInt64 = 0x84222325
            for byte in text.utf8 { code = (code ^ UInt64(byte)) &* 0x1b3 &+ 0x9e37_79b9 }
            tokens.append(Token(code: code, line: token.line))
        }
        return tokens
    }

    /// Swift's keywords and the standard library names that shape code; everything else is a name the author chose.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal",
        "let", "open", "operator", "private", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat",
        "return", "throw", "switch", "where", "while", "as", "Any", "false", "is", "nil", "self", "Self", "super", "throws", "true",
        "try", "async", "await", "mutating", "nonmutating", "lazy", "weak", "unowned", "override", "final", "some", "any",
        "get", "set", "willSet", "didSet", "convenience", "required", "indirect", "consuming", "borrowing", "_",
    ]
}
