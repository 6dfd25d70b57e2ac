@testable import CourseAuthoring
@testable import CourseModel
import CourseTestSupport
import XCTest

/// `MutantGenerator`: each operator on small sources, from a table: which mutated lines it makes, and where it makes none.
final class MutationGeneratorTests: XCTestCase {
    struct Case {
        var name: String
        var source: String
        var mutationOperator: MutationOperator
        /// Every mutated line of that operator, trimmed, in source order.
        var expected: [String]
    }

    let cases: [Case] = [
        Case(name: "less than moves to its boundary", source: "func f(a: Int, b: Int) -> Bool {\n    return a < b\n}",
             mutationOperator: .relational, expected: ["return a <= b"]),
        Case(name: "equality flips", source: "func f(a: Int) {\n    if a == 2 { print(a) }\n}",
             mutationOperator: .relational, expected: ["if a != 2 { print(a) }"]),
        Case(name: "generic brackets are not comparisons", source: "func f() {\n    let xs: Array<Int> = Array<Int>()\n    print(xs)\n}",
             mutationOperator: .relational, expected: []),
        Case(name: "arithmetic and compound assignment", source: "func f(a: Int) {\n    var n = a * 3\n    n += 1\n    print(n)\n}",
             mutationOperator: .arithmetic, expected: ["var n = a / 3", "n -= 1"]),
        Case(name: "string and array concatenation are left alone",
             source: "func f(s: String, xs: [Int]) {\n    print(\"a\" + s)\n    print(xs + [1])\n}",
             mutationOperator: .arithmetic, expected: []),
        Case(name: "half-open and closed ranges swap", source: "func f(n: Int) {\n    for i in 0..<n { print(i) }\n    print(1...n)\n}",
             mutationOperator: .range, expected: ["for i in 0...n { print(i) }", "print(1..<n)"]),
        Case(name: "a variadic parameter is not a range", source: "func f(_ xs: Int...) {\n    print(xs)\n}",
             mutationOperator: .range, expected: []),
        Case(name: "integer literals move by one, zero only up",
             source: "func f() {\n    var a = 0\n    a = 5\n    a = 1_000\n    print(a, 2.5)\n}",
             mutationOperator: .integerLiteral, expected: ["var a = 1", "a = 4", "a = 6", "a = 1001", "a = 999"]),
        Case(name: "tuple elements and floats are not integers", source: "func f(p: (Int, Int)) {\n    print(p.0, 0.5, 1e3, 0x10)\n}",
             mutationOperator: .integerLiteral, expected: []),
        Case(name: "default arguments in a signature are left alone", source: "func f(x: Int = 1, flag: Bool = true) {\n    print(x, flag)\n}",
             mutationOperator: .integerLiteral, expected: []),
        Case(name: "Boolean literals flip", source: "func f() {\n    var done = false\n    done = true\n    print(done)\n}",
             mutationOperator: .booleanLiteral, expected: ["var done = true", "done = false"]),
        Case(name: "if, guard and while conditions are negated, binding clauses are not",
             source: "func f(a: Int, b: Int?) {\n    if a > 1 { print(a) }\n    guard let c = b, c > 0 else { return }\n    while a < c { break }\n}",
             mutationOperator: .negatedCondition,
             expected: ["if !(a > 1) { print(a) }", "guard let c = b, !(c > 0) else { return }", "while !(a < c) { break }"]),
        Case(name: "calls and assignments are removed",
             source: "func f(xs: inout [Int], p: UnsafeMutableRawPointer) {\n    var count = 0\n    xs.append(1)\n    count += 1\n    free(p)\n    print(count)\n}",
             mutationOperator: .removedStatement, expected: ["", "", "", ""]),
        Case(name: "declarations, implicit returns and init assignments stay",
             source: "struct S {\n    let name: String\n    init(name: String) {\n        self.name = name\n    }\n    func g() -> [Int] {\n        [1].map { x in\n            abs(x)\n        }\n    }\n}",
             mutationOperator: .removedStatement, expected: []),
        Case(name: "weak and unowned are removed", source: "final class A {\n    weak var owner: A?\n    unowned let root: A\n    init(root: A) { self.root = root }\n}",
             mutationOperator: .removedOwnership, expected: ["var owner: A?", "let root: A"]),
        Case(name: "an unowned capture list is removed", source: "final class A {\n    var f: () -> Void = {}\n    func g() {\n        f = { [unowned self] in\n            print(self)\n        }\n    }\n}",
             mutationOperator: .removedCaptureList, expected: ["f = {"]),
        Case(name: "a weak capture that is unwrapped is kept", source: "final class A {\n    var n = 0\n    var f: () -> Void = {}\n    func g() {\n        f = { [weak self] in self?.n += 1 }\n    }\n}",
             mutationOperator: .removedCaptureList, expected: []),
        Case(name: "returns take their type's default",
             source: "func a() -> Int {\n    return 4 * 2\n}\nfunc b() -> Bool {\n    return 1 < 2\n}\nfunc c() -> String {\n    return String(3)\n}\n"
                + "func d() -> [Int] {\n    return [3]\n}\nfunc e() -> [String: Int] {\n    return [\"k\": 1]\n}\nfunc f(x: Int) -> Int? {\n    if x > 0 { return x }\n    return 0\n}",
             mutationOperator: .defaultReturn,
             expected: ["return 0", "return false", "return \"\"", "return []", "return [:]", "if x > 0 { return nil }", "return nil"]),
        Case(name: "unknown types and closures get no default",
             source: "struct P {}\nfunc a() -> P {\n    return P()\n}\nfunc b() {\n    let g: () -> Int = {\n        return 3\n    }\n    print(g())\n}",
             mutationOperator: .defaultReturn, expected: []),
        Case(name: "adjacent look-alike arguments swap",
             source: "func f(lo: Int, hi: Int) {\n    g(lo, hi)\n    h(Int32(lo), Int32(hi))\n    k(x: lo, y: hi)\n    print(max(lo, hi))\n}",
             mutationOperator: .swappedArguments, expected: ["g(hi, lo)", "h(Int32(hi), Int32(lo))"]),
    ]

    func testEachOperatorFromTheTable() {
        for test in cases {
            let generator = MutantGenerator(operators: [test.mutationOperator], perOperatorPerLine: 10)
            let mutants = generator.mutants(of: test.source)
            let lines = mutants.map { $0.mutatedLine.trimmingCharacters(in: .whitespaces) }
            XCTAssertEqual(lines, test.expected, test.name)
            for mutant in mutants {
                XCTAssertEqual(mutant.originalLine, test.source.components(separatedBy: "\n")[mutant.line - 1], test.name)
                XCTAssertNotEqual(mutant.source, test.source, test.name)
            }
        }
    }

    func testNothingInsideStringsOrCommentsIsMutated() {
        let quoted = #"""
        let banner = "a < b, 1 + 2, true, x..<y"
        let raw = #"if c { n += 1 } "# + "\(1 + 2)"
        let block = """
            return a == b && count - 1 > 0
            """
        // if x + 1 < 2 { return true }
        /* guard a != b else { return false } /* nested 0 */ count += 1 */
        """#
        XCTAssertEqual(MutantGenerator().mutants(of: quoted).map(\.id), [], "strings and comments hold nothing to mutate")
        let withCode = quoted + "\nlet n = 1 + 2  // 3 + 4\n"
        let mutants = MutantGenerator().mutants(of: withCode)
        XCTAssertFalse(mutants.isEmpty, "the code line after them is mutated")
        XCTAssertEqual(Set(mutants.map(\.line)), [8], "only the code line, never its comment: \(mutants.map(\.mutatedLine))")
        XCTAssertTrue(mutants.allSatisfy { $0.mutatedLine.hasSuffix("// 3 + 4") }, "the trailing comment is kept as is")
    }

    func testIdsAreStableAndUniqueAndNameOperatorLineAndColumn() {
        let source = "func f(a: Int) -> Int {\n    if a > 0 { return a + 1 }\n    return 0\n}\n"
        let first = MutantGenerator().mutants(of: source), second = MutantGenerator().mutants(of: source)
        XCTAssertEqual(first.map(\.id), second.map(\.id))
        XCTAssertEqual(Set(first.map(\.id)).count, first.count, "ids are unique")
        let relational = first.first { $0.mutationOperator == .relational }
        XCTAssertEqual(relational?.id.hasPrefix("relational@2:10#"), true, relational?.id ?? "none")
        XCTAssertEqual(relational?.diff, "- if a > 0 { return a + 1 }\n+ if a >= 0 { return a + 1 }")
        // An edit above moves ids (they hold the line) but not the text a mark matches by.
        let moved = MutantGenerator().mutants(of: "// a new comment\n" + source)
        XCTAssertEqual(moved.count, first.count)
        XCTAssertNotEqual(moved.map(\.id), first.map(\.id))
        for (old, new) in zip(first, moved) {
            let mark = EquivalentMutant(original: old.originalLine, mutated: old.mutatedLine, reason: "r")
            XCTAssertTrue(mark.matches(new), "a text mark survives the line moving: \(old.id)")
            XCTAssertFalse(EquivalentMutant(id: old.id, reason: "r").matches(new), "an id mark does not")
        }
    }

    func testAtMostSoManyOfOneOperatorPerLineAndNoDuplicates() {
        let source = "func f() {\n    print(1, 2, 3, 4)\n}\n"
        XCTAssertEqual(MutantGenerator(operators: [.integerLiteral], perOperatorPerLine: 2).mutants(of: source).count, 2)
        XCTAssertEqual(MutantGenerator(operators: [.integerLiteral], perOperatorPerLine: 10).mutants(of: source).count, 8)
        let all = MutantGenerator(perOperatorPerLine: 10).mutants(of: source)
        XCTAssertEqual(Set(all.map(\.source)).count, all.count, "identical mutated sources are kept once")
    }

    func testOddInputNeverTraps() {
        for source in ["", "}", "{ [weak", "if", "return", "\"unterminated", "/* open", "func f() -> Int { return", "a..<", "f(,)", "x = ("] {
            _ = MutantGenerator().mutants(of: source)
        }
    }
}
