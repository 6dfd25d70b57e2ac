@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// Finding test methods in hidden suites and the API of reference solutions, without a compiler.
final class SuiteScannerTests: XCTestCase {
    typealias M = SuiteScanner.TestMethod
    typealias D = SuiteScanner.Declaration

    func ids(_ sources: [String]) -> [String] {
        SuiteScanner.testMethods(in: sources).map { $0.id + ($0.isAsync ? " async" : "") }
    }

    func testTestMethodsTable() {
        let cases: [(String, [String], [String])] = [
            ("plain suite", ["""
                import XCTest
                final class StackTests: XCTestCase {
                    func testOne() { XCTAssertTrue(true) }
                    func testTwo() throws {}
                    func helper() {}
                    func testThree() async {}
                    func testFour() async throws {}
                    override func setUp() {}
                }
                """], ["StackTests/testOne", "StackTests/testTwo", "StackTests/testThree async", "StackTests/testFour async"]),
            ("inherits through another suite class, across files", [
                "class Child: Base { func testChild() {} }",
                "class Base: XCTestCase { func testBase() {} }\nclass GrandChild: Child { func testGrand() {} }",
            ], ["Child/testChild", "Base/testBase", "GrandChild/testGrand"]),
            ("extensions of test classes only", ["""
                final class A: XCTestCase, @unchecked Sendable {}
                extension A { func testInExtension() {} }
                struct Helper {}
                extension Helper { func testNotATest() {} }
                class Plain { func testNotEither() {} }
                """], ["A/testInExtension"]),
            ("comments and strings", ["""
                final class A: XCTestCase {
                    // func testLineComment() {}
                    /* func testBlockComment() {} /* nested */ func testStillComment() {} */
                    let text = "func testInString() {}"
                    let multi = \"\"\"
                        func testInMultiline() {}
                        \"\"\"
                    let raw = #"func testInRaw() { "quoted" }"#
                    func testReal() {}
                }
                """], ["A/testReal"]),
            ("static, class, private and parameters are not tests", ["""
                final class A: XCTestCase {
                    static func testStatic() {}
                    class func testClassMethod() {}
                    private func testPrivate() {}
                    fileprivate func testFilePrivate() {}
                    func testWithParameter(_ value: Int) {}
                    func testGeneric<T>() {}
                    func notPrefixed() {}
                    @MainActor func testOnMain() async {}
                    override func testOverride() {}
                }
                """], ["A/testOnMain async", "A/testOverride"]),
            ("nested braces in strings and interpolation do not end the class", ["""
                final class A: XCTestCase {
                    let braces = "}}} {{"
                    let inner = "value: \\(["k": "}"]["k"]!) }"
                    func testAfterStrings() {
                        let closure = { (x: Int) -> Int in x }
                        func testLocal() {}
                        _ = closure
                    }
                    struct Nested { func testNested() {} }
                    func testLast() {}
                }
                func testTopLevel() {}
                """], ["A/testAfterStrings", "A/testLast"]),
            ("no test classes", ["func testFree() {}\nstruct S { func testMember() {} }"], []),
            ("duplicates listed once", ["final class A: XCTestCase { func testOnce() {} }",
                                        "extension A { func testOnce() {} }"], ["A/testOnce"]),
        ]
        for (label, sources, expected) in cases {
            XCTAssertEqual(ids(sources), expected, label)
        }
    }

    func testTinyCourseSuitesAreFound() throws {
        let url = TestSupport.tinyCourse.appendingPathComponent("Tests/Hidden/exercise-2/tests/StackTests.swift")
        let source = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(SuiteScanner.testMethods(in: [source]), GradingFixtures.stackTests.map {
            M(className: "StackTests", methodName: $0, isAsync: false)
        })
    }

    func testTopLevelDeclarationsTable() {
        let cases: [(String, String, [D])] = [
            ("every kind", """
                import Foundation
                struct S {}
                final class C {}
                open class O {}
                enum E { case a }
                indirect enum Tree { case leaf }
                actor A {}
                protocol P { func requirement() }
                typealias T = Int
                func f<Value>(_ value: Value) -> Value { value }
                @discardableResult public func g() -> Int { 1 }
                let k = 1
                var v = 2
                var computed: Int { 3 }
                """, [
                    D(importKind: "typealias", name: "S"), D(importKind: "typealias", name: "C"),
                    D(importKind: "typealias", name: "O"), D(importKind: "typealias", name: "E"),
                    D(importKind: "typealias", name: "Tree"), D(importKind: "typealias", name: "A"),
                    D(importKind: "protocol", name: "P"), D(importKind: "typealias", name: "T"),
                    D(importKind: "func", name: "f"), D(importKind: "func", name: "g"),
                    D(importKind: "let", name: "k"), D(importKind: "var", name: "v"), D(importKind: "var", name: "computed"),
                ]),
            ("private and fileprivate are skipped", """
                private struct Hidden {}
                fileprivate func helper() {}
                private let secret = 1
                private final class Box {}
                private(set) var counter = 0
                func visible() {}
                """, [D(importKind: "var", name: "counter"), D(importKind: "func", name: "visible")]),
            ("members, locals and extension members are skipped", """
                struct Stack<Element> {
                    private var items: [Element] = []
                    mutating func push(_ item: Element) { let local = item; items.append(local) }
                    var count: Int { items.count }
                    struct Inner {}
                }
                extension Stack {
                    func extra() {}
                    static let shared = 0
                }
                func outer(_ value: Int = { let inDefault = 1; return inDefault }()) {
                    func inner() {}
                    var local = 0
                    local += value
                }
                let handler = { (x: Int) -> Int in
                    let y = x
                    return y
                }
                """, [D(importKind: "typealias", name: "Stack"), D(importKind: "func", name: "outer"),
                      D(importKind: "let", name: "handler")]),
            ("comments and strings", """
                // struct Commented {}
                /* func alsoCommented() {} */
                let text = "struct InString {}"
                """, [D(importKind: "let", name: "text")]),
            ("operators and duplicates", """
                func +(lhs: S, rhs: S) -> S { lhs }
                struct S {}
                func twice() {}
                func twice(_ x: Int) {}
                """, [D(importKind: "typealias", name: "S"), D(importKind: "func", name: "twice")]),
        ]
        for (label, source, expected) in cases {
            XCTAssertEqual(SuiteScanner.topLevelDeclarations(in: source), expected, label)
        }
    }

    func testTinyCourseSolutionsGiveTheirApi() throws {
        let root = TestSupport.tinyCourse
        func api(_ id: String) throws -> [D] {
            SuiteScanner.topLevelDeclarations(in: try String(contentsOf: root.appendingPathComponent("Solutions/\(id).swift"),
                                                             encoding: .utf8))
        }
        XCTAssertEqual(try api("exercise-1"), [D(importKind: "func", name: "greet")])
        XCTAssertEqual(try api("exercise-2"), [D(importKind: "typealias", name: "Stack")])
        XCTAssertEqual(try api("exercise-3"), [D(importKind: "func", name: "clamped")])
    }

    /// `private nonisolated(unsafe) var` is private too: importing it makes a correct solution fail to build.
    func testPrivateWithAParenthesisedModifierIsSkipped() {
        let source = """
            private nonisolated(unsafe) var cache: [Int] = []
            nonisolated(unsafe) var shared = 0
            """
        XCTAssertEqual(SuiteScanner.topLevelDeclarations(in: source), [D(importKind: "var", name: "shared")])
    }

    /// `import struct Foundation.Date` imports a declaration; it does not declare one.
    func testScopedImportsAreNotDeclarations() {
        let source = """
            import struct Foundation.Date
            import func Glibc.exit
            struct Clock {}
            """
        XCTAssertEqual(SuiteScanner.topLevelDeclarations(in: source), [D(importKind: "typealias", name: "Clock")])
    }

    func testTokenizerKeepsLineNumbersAndDropsCommentsAndStrings() {
        let tokens = SwiftTokenizer.tokens("""
            let a = "x\\(b + "}")y" // c
            /* d
               e */ #if os(Linux)
            f(#"g"#)
            """)
        XCTAssertEqual(tokens.map(\.text), ["let", "a", "=", "\"\"", "#if", "os", "(", "Linux", ")", "f", "(", "\"\"", ")"])
        XCTAssertEqual(tokens.map(\.line), [1, 1, 1, 1, 3, 3, 3, 3, 3, 4, 4, 4, 4])
    }

    /// A string left open at the end of a line ends there; its newline is one line, not two.
    func testUnterminatedStringCountsItsNewlineOnce() {
        let tokens = SwiftTokenizer.tokens("let a = \"open\nlet b = 1\nlet c = 2")
        XCTAssertEqual(tokens.map(\.text), ["let", "a", "=", "\"\"", "let", "b", "=", "1", "let", "c", "=", "2"])
        XCTAssertEqual(tokens.map(\.line), [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3])
    }
}
