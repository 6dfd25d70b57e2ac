import CourseModel

/// Finds what the grader needs in Swift source: XCTest methods in a hidden suite, and the
/// top-level declarations of a reference solution (the exercise's API).
public enum SuiteScanner {
    /// One test of the hidden suite: an XCTest method, or a Swift Testing `@Test` function.
    public struct TestMethod: Equatable, Hashable, Sendable {
        /// The test class; for Swift Testing the suite path (`Outer/Inner`), empty for a free function.
        public var className: String
        /// The method name; for Swift Testing the function with its labels (`doubles(_:)`).
        public var methodName: String
        public var isAsync: Bool
        public var framework: TestFramework = .xctest
        /// A Swift Testing display name (`@Test("…")`), if the suite gives one.
        public var displayName: String?
        /// `Class/method` (Swift Testing: `Suite/f(x:)`, or `f(x:)` outside a suite): the id used in results and filters.
        public var id: String { className.isEmpty ? methodName : "\(className)/\(methodName)" }
        /// What the learner reads: the display name, else the method name in plain words.
        public var title: String {
            displayName ?? GradeReport.plainWords(String(methodName.prefix { $0 != "(" }))
        }
        public init(className: String, methodName: String, isAsync: Bool, framework: TestFramework = .xctest,
                    displayName: String? = nil) {
            self.className = className
            self.methodName = methodName
            self.isAsync = isAsync
            self.framework = framework
            self.displayName = displayName
        }
    }

    /// A top-level declaration that the suite may use, and the import kind that brings it in.
    public struct Declaration: Equatable, Hashable, Sendable {
        /// `typealias` (any nominal type), `protocol`, `func`, `let` or `var`.
        public var importKind: String
        public var name: String
        public init(importKind: String, name: String) {
            self.importKind = importKind
            self.name = name
        }
    }

    package static let modifiers: Set<String> = [
        "public", "internal", "private", "fileprivate", "open", "final", "static", "class", "override",
        "nonisolated", "mutating", "nonmutating", "required", "convenience", "indirect", "lazy", "weak", "unowned",
        "dynamic", "package", "consuming", "borrowing", "isolated",
    ]

    /// Test methods: `func test…()` with no parameters inside classes inheriting `XCTestCase`
    /// (directly or from another test class in the suite), including their extensions.
    public static func testMethods(in sources: [String]) -> [TestMethod] {
        let files = sources.map(SwiftTokenizer.tokens)
        var testClasses: Set<String> = []
        var parents: [String: String] = [:]
        for tokens in files {
            for (index, token) in tokens.enumerated() where token.text == "class" {
                guard index + 3 < tokens.count, isName(tokens[index + 1].text), tokens[index + 2].text == ":" else { continue }
                parents[tokens[index + 1].text] = tokens[index + 3].text
            }
        }
        var changed = true
        while changed {
            changed = false
            for (child, parent) in parents where !testClasses.contains(child) {
                if parent == "XCTestCase" || testClasses.contains(parent) { testClasses.insert(child); changed = true }
            }
        }
        var found: [TestMethod] = []
        for tokens in files {
            var depth = 0
            var owner: (name: String, depth: Int)?
            var pending: String?
            var index = 0
            while index < tokens.count {
                let text = tokens[index].text
                if depth == 0, (text == "class" || text == "extension"), index + 1 < tokens.count {
                    pending = tokens[index + 1].text
                }
                if text == "{" {
                    if depth == 0, let name = pending { owner = (name, 1) }
                    pending = nil
                    depth += 1
                } else if text == "}" {
                    depth = max(0, depth - 1)
                    if let current = owner, depth < current.depth { owner = nil }
                } else if text == "func", let current = owner, depth == current.depth, testClasses.contains(current.name),
                          index + 3 < tokens.count {
                    let name = tokens[index + 1].text
                    let isStatic = index > 0 && ["static", "class", "private", "fileprivate"].contains(tokens[index - 1].text)
                    if name.hasPrefix("test"), tokens[index + 2].text == "(", tokens[index + 3].text == ")", !isStatic {
                        var isAsync = false
                        var k = index + 4
                        while k < tokens.count, ["async", "throws", "rethrows"].contains(tokens[k].text) {
                            if tokens[k].text == "async" { isAsync = true }
                            k += 1
                        }
                        if k < tokens.count, tokens[k].text == "{" {
                            found.append(TestMethod(className: current.name, methodName: name, isAsync: isAsync))
                        }
                    }
                }
                index += 1
            }
        }
        var seen: Set<TestMethod> = []
        return found.filter { seen.insert($0).inserted }
    }

    /// Top-level declarations that a scoped `@testable import` can bring in.
    public static func topLevelDeclarations(in source: String) -> [Declaration] {
        let tokens = SwiftTokenizer.tokens(source)
        var result: [Declaration] = []
        var depth = 0, parens = 0
        for (index, token) in tokens.enumerated() {
            switch token.text {
            case "{": depth += 1
            case "}": depth = max(0, depth - 1)
            case "(", "[": parens += 1
            case ")", "]": parens = max(0, parens - 1)
            default: break
            }
            guard depth == 0, parens == 0, index + 1 < tokens.count else { continue }
            let kind: String
            switch token.text {
            case "struct", "enum", "actor", "typealias", "class": kind = "typealias"
            case "protocol": kind = "protocol"
            case "func": kind = "func"
            case "let": kind = "let"
            case "var": kind = "var"
            default: continue
            }
            if index > 0 && tokens[index - 1].text == "import" { continue }  // `import struct Foundation.Date`
            let name = tokens[index + 1].text
            let declaration = Declaration(importKind: kind, name: name)
            if isName(name), !isPrivate(tokens, before: index), !result.contains(declaration) {
                result.append(declaration)
            }
        }
        return result
    }

    /// Whether the modifiers in front of a declaration keyword include `private` or `fileprivate`.
    static func isPrivate(_ tokens: [SwiftToken], before index: Int) -> Bool {
        var k = index - 1
        while k >= 0 {
            var text = tokens[k].text
            if text == ")" {  // a modifier with arguments: `private(set)`, `nonisolated(unsafe)`
                var depth = 0
                while k >= 0 {
                    if tokens[k].text == ")" { depth += 1 }
                    if tokens[k].text == "(" { depth -= 1; if depth == 0 { break } }
                    k -= 1
                }
                k -= 1
                guard k >= 0 else { return false }
                text = tokens[k].text
                if text == "private" || text == "fileprivate" {
                    // `private(set) var x` is readable from outside: not hidden.
                    k -= 1
                    continue
                }
            }
            if text == "private" || text == "fileprivate" { return true }
            guard modifiers.contains(text) else { return false }
            k -= 1
        }
        return false
    }

    package static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return SwiftTokenizer.isIdentifierStart(first) && !keywords.contains(text)
    }

    static let keywords: Set<String> = ["init", "deinit", "subscript", "extension", "import", "where", "in", "let", "var"]
}
