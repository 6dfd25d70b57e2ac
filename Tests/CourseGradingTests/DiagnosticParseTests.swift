@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// Compiler messages: parsing them, and turning suite errors into advice without the suite's source.
final class DiagnosticParseTests: XCTestCase {
    func testParseTable() {
        let cases: [(String, [Diagnostic])] = [
            ("Exercises/exercise-2.swift:6:26: error: cannot convert value of type 'String' to specified type 'Int'",
             [Diagnostic(file: "Exercises/exercise-2.swift", line: 6, column: 26, severity: "error",
                         message: "cannot convert value of type 'String' to specified type 'Int'")]),
            ("/tmp/a b/x.swift:1:2: warning: unused\n/tmp/a b/x.swift:3:4: note: declared here",
             [Diagnostic(file: "/tmp/a b/x.swift", line: 1, column: 2, severity: "warning", message: "unused"),
              Diagnostic(file: "/tmp/a b/x.swift", line: 3, column: 4, severity: "note", message: "declared here")]),
            ("C:\\x.swift:10:1: error: m",
             [Diagnostic(file: "C:\\x.swift", line: 10, column: 1, severity: "error", message: "m")]),
            ("a.swift:1:2: warning: text: error: inside",
             [Diagnostic(file: "a.swift", line: 1, column: 2, severity: "warning", message: "text: error: inside")]),
            ("<unknown>:0: error: unable to execute command", []),
            ("error: no such module 'Foo'", []),
            (" 6 |         let total: Int = \"zero\"\n   |                          `- error: cannot convert", []),
            ("  4 | foo:1:2: error: bar", []),
            ("a.swift:x:2: error: bad line\na.swift:1:y: error: bad column\n:1:2: error: no file", []),
            ("", []),
            ("\n\n\r\n", []),
        ]
        for (output, expected) in cases {
            XCTAssertEqual(Diagnostic.parse(output), expected, output)
        }
    }

    func testRealCompilerOutputShape() {
        let output = """
            Exercises/exercise-2.swift:6:13: warning: initialization of immutable value 'total' was never used
             4 |
             5 |     mutating func push(_ item: Element) {
             6 |         let total: Int = "zero"
               |             `- warning: initialization of immutable value 'total' was never used
            Exercises/exercise-2.swift:6:26: error: cannot convert value of type 'String' to specified type 'Int'
             6 |         let total: Int = "zero"
               |                          `- error: cannot convert value of type 'String' to specified type 'Int'
            """
        XCTAssertEqual(Diagnostic.parse(output).map { "\($0.line):\($0.column) \($0.severity)" }, ["6:13 warning", "6:26 error"])
    }

    func testApiMismatchSentences() {
        func error(_ message: String, line: Int = 5) -> Diagnostic {
            Diagnostic(file: "hidden/StackTests.swift", line: line, column: 9, severity: "error", message: message)
        }
        let diagnostics = [
            error("cannot find 'greet' in scope"),
            error("cannot find type 'Stack' in scope"),
            error("value of type 'Stack<Int>' has no member 'peek'"),
            error("value of type 'Stack<Int>' has no member 'peek'", line: 9),
            Diagnostic(file: "hidden/StackTests.swift", line: 5, column: 9, severity: "warning", message: "cannot find 'ignored' in scope"),
            Diagnostic(file: "hidden/StackTests.swift", line: 5, column: 9, severity: "note", message: "did you mean 'pop'?"),
            error("no such decl in module 'Submission'"),
            error("missing argument label 'item:' in call"),
        ]
        XCTAssertEqual(ApiMismatch.explain(diagnostics), [
            "The tests use `greet`, but your file does not declare it (or declares it private). Check its spelling against the exercise.",
            "The tests use `Stack`, but your file does not declare it (or declares it private). Check its spelling against the exercise.",
            "The tests need a member your type does not have: value of type 'Stack<Int>' has no member 'peek'.",
            "Your file is missing a declaration the tests need: no such decl in module 'Submission'.",
            "The tests cannot use your code as written: missing argument label 'item:' in call. Check the names, argument labels and types the exercise asks for.",
        ])
        XCTAssertEqual(ApiMismatch.explain([]), [])
    }

    /// Issue 27, bug 5: a wrong label blames the learner's function, not the assertion around the call,
    /// and what follows from a missing function on its line is not shown.
    func testAWrongLabelBlamesTheLearnersFunctionAndFollowOnErrorsAreDropped() {
        let source = "final class T: XCTestCase {\n    func testA() {\n        XCTAssertEqual(percentile(0.5, of: values), 3)\n    }\n}"
        let file = "hidden/PercentileTests.swift"
        let label = Diagnostic(file: file, line: 3, column: 34, severity: "error",
                               message: "incorrect argument label in call (have '_:of:', expected '_:in:')")
        XCTAssertEqual(ApiMismatch.callee(in: source, line: 3, column: 34), "percentile")
        let reasons = ApiMismatch.explain([label], sources: [file: source])
        XCTAssertEqual(reasons.count, 1)
        XCTAssertTrue(reasons[0].hasPrefix("The tests call `percentile(…)`"), reasons[0])
        XCTAssertEqual(ApiMismatch.callee(in: source, line: 3, column: 44), "percentile", "a position inside the arguments")

        let missing = [
            Diagnostic(file: file, line: 5, column: 24, severity: "error", message: "cannot find 'percentile' in scope"),
            Diagnostic(file: file, line: 5, column: 54, severity: "error", message: "type 'Equatable' has no member 'zero'"),
            Diagnostic(file: file, line: 6, column: 9, severity: "error", message: "type 'Stack' has no member 'empty'"),
        ]
        XCTAssertEqual(ApiMismatch.explain(missing), [
            "The tests use `percentile`, but your file does not declare it (or declares it private). Check its spelling against the exercise.",
            "The tests cannot use your code as written: type 'Stack' has no member 'empty'. Check the names, argument labels and types the exercise asks for.",
        ])
    }

    func testCompilerOutputTrimKeepsTheFirstLines() {
        let short = (1...120).map { "line \($0)" }.joined(separator: "\n")
        XCTAssertEqual(CompilerOutput.trim(short), short)
        let long = (1...125).map { "line \($0)" }.joined(separator: "\n")
        XCTAssertEqual(CompilerOutput.trim(long), short + "\n… (5 more lines)")
    }

    func testLinkerUndefinedSymbols() {
        let output = """
            /usr/bin/ld.gold: error: runner.o: undefined reference to 'ring_push'
            /usr/bin/ld.gold: error: runner.o: undefined reference to `ring_pop'
            /usr/bin/ld.gold: error: other.o: undefined reference to 'ring_push'
            clang: error: linker command failed with exit code 1
            """
        XCTAssertEqual(LinkerErrors.undefinedSymbols(in: output), ["ring_push", "ring_pop"])
    }
}
