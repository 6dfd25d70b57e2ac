@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// A crash names the learner's own file:line:col and shows that line, with no stack frames of the
/// runtime, the harness or XCTest, inside the sandbox and without it (real swiftc, real bwrap).
final class CrashLocationTests: XCTestCase {
    typealias F = GradingFixtures

    /// A stack whose `pop` runs `crash` on line 7 first; `Box` and `twice` make an exclusivity violation possible.
    func stack(crashing crash: String) -> String {
        """
        final class Box { var value = 1 }
        func twice(_ a: inout Int, _ b: () -> Void) { b(); a += 1 }
        struct Stack<Element> {
            private var items: [Element] = []
            mutating func push(_ item: Element) { items.append(item) }
            mutating func pop() -> Element? {
                \(crash)
                return items.popLast()
            }
            var peek: Element? { items.last }
            var count: Int { items.count }
        }

        """
    }

    func grade(_ source: String, mode: SandboxMode) throws -> GradeReport {
        let folder = try TestSupport.temporaryFolder(self)
        let file = folder.appendingPathComponent("exercise-2.swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        var grader = try TestSupport.grader()
        grader.sandboxMode = mode
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        return grader.grade(course: course, exercise: try course.exercise("exercise-2"), submission: file,
                            displayPath: "Exercises/exercise-2.swift")
    }

    /// The crashing test's message: location, reason, the source line and a caret under the column.
    func assertCrash(_ crash: String, at location: String, reason: String, mode: SandboxMode = .auto,
                     file: StaticString = #filePath, line: UInt = #line) throws {
        let report = try grade(stack(crashing: crash), mode: mode)
        XCTAssertEqual(F.verdicts(report).first, "\(F.pushThenPop) error", "\(report)", file: file, line: line)
        let result = try XCTUnwrap(F.result(report, F.pushThenPop), file: file, line: line)
        let message = try XCTUnwrap(result.message, file: file, line: line)
        let lines = message.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "crashed at Exercises/exercise-2.swift:\(location): \(reason)", message, file: file, line: line)
        let column = Int(location.split(separator: ":").last ?? "") ?? 0
        XCTAssertEqual(lines.dropFirst().first, "  7 |         \(crash)", message, file: file, line: line)
        XCTAssertEqual(lines.dropFirst(2).first, "    | " + String(repeating: " ", count: column - 1) + "^", message, file: file, line: line)
        for leak in ["runner", "XCTest", "0x", "<unavailable>", "course-check-", "submission.swift", "HiddenTests", "Thread "] {
            XCTAssertFalse(message.contains(leak), "\(leak) in \(message)", file: file, line: line)
            XCTAssertFalse((result.output ?? "").contains(leak), "\(leak) in \(result.output ?? "")", file: file, line: line)
        }
    }

    func testIndexOutOfRange() throws {
        try assertCrash("let i = items.count; _ = items[i + 5]", at: "7:32", reason: "Index out of range")
    }

    func testForceUnwrappingNil() throws {
        try assertCrash("let x: Int? = nil; _ = x!", at: "7:33", reason: "Unexpectedly found nil while unwrapping an Optional value")
    }

    func testArithmeticOverflow() throws {
        try assertCrash("var big = Int.max; big += items.count + 1; _ = big", at: "7:32", reason: "arithmetic overflow")
    }

    func testDivisionByZero() throws {
        try assertCrash("let zero = items.count - items.count; _ = 10 / zero", at: "7:54", reason: "Division by zero")
    }

    func testPreconditionFailure() throws {
        try assertCrash("precondition(items.count > 100, \"needs many items\")", at: "7:9", reason: "needs many items")
    }

    func testTrap() throws {
        try assertCrash("fatalError(\"not written yet\")", at: "7:9", reason: "not written yet")
    }

    /// The runtime prints its own frames for this one; they are resolved outside the sandbox. The first
    /// frame in the learner's file is the call inside `twice` (line 2), not line 7.
    func testExclusivityViolation() throws {
        for mode in [SandboxMode.require, .off] {
            let report = try grade(stack(crashing: "let box = Box(); twice(&box.value) { box.value += 1 }"), mode: mode)
            let message = try XCTUnwrap(F.result(report, F.pushThenPop)?.message)
            XCTAssertEqual(message.split(separator: "\n").map(String.init), [
                "crashed at Exercises/exercise-2.swift:2:47: simultaneous accesses to one variable, but modification requires "
                    + "exclusive access (an exclusivity violation)",
                "  2 | func twice(_ a: inout Int, _ b: () -> Void) { b(); a += 1 }",
                "    |                                               ^",
            ], "\(mode)")
            XCTAssertNil(F.result(report, F.pushThenPop)?.output, "\(mode)")
        }
    }

    /// The runtime's backtracer runs inside bubblewrap too (the toolchain's `swift-backtrace` is mounted).
    func testTheLineIsFoundInsideTheSandboxAndWithoutIt() throws {
        for mode in [SandboxMode.require, .off] {
            try assertCrash("let x: Int? = nil; _ = x!", at: "7:33", reason: "Unexpectedly found nil while unwrapping an Optional value",
                            mode: mode)
        }
    }

    /// What the learner printed before the crash stays; the runtime's report goes.
    func testPrintedOutputKeepsTheLearnersLinesOnly() throws {
        let report = try grade(stack(crashing: "print(\"about to pop\"); let x: Int? = nil; _ = x!"), mode: .auto)
        XCTAssertEqual(F.result(report, F.pushThenPop)?.output, "about to pop")
    }

    func testTheBacktraceParserKeepsTheFirstFrameInTheLearnersFile() {
        let output = """
        Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range

        *** Signal 4: Backtracing from 0x7fe06c76df7f... done ***

        Thread 0 "runner" crashed:

          0              0x00007fe06c76df7f closure #1 in _assertionFailure(_:_:file:line:flags:) + 623 in libswiftCore.so
          1 [ra]         0x000055bd01184ee1 Stack.pop() + 320 in runner at /w/src/submission.swift:0:0
          2 [ra]         0x000055bd01184ee1 Stack.pop() + 320 in runner at /w/src/submission.swift:9:29
          3 [ra]         0x000055bd01184ee1 Stack.pop() + 320 in runner at /w/src/submission.swift:3:1
        ...

        Thread 1 crashed:
          0 0x1 f() in runner at /w/src/submission.swift:1:1
        """
        XCTAssertEqual(CrashSite.parse(output, source: "/w/src/submission.swift"),
                       CrashSite(line: 9, column: 29, reason: "Index out of range"))
        XCTAssertNil(CrashSite.parse(output, source: "/other/submission.swift"))
        XCTAssertNil(CrashSite.parse("Fatal error: x\n", source: "/w/src/submission.swift"))
    }

    func testTheMessageShowsTheLineAndACaretOrLessWhenTheLineIsGone() {
        let site = CrashSite(line: 2, column: 5, reason: nil)
        XCTAssertEqual(site.message(path: "E.swift", sourceText: "a\n\tx = y!\n", signal: "a runtime trap"),
                       "crashed at E.swift:2:5 (a runtime trap)\n  2 | \tx = y!\n    | \t   ^")
        XCTAssertEqual(site.message(path: "E.swift", sourceText: "a\n", signal: "a runtime trap"), "crashed at E.swift:2:5 (a runtime trap)")
    }
}
