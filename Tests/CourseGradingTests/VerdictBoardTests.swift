@testable import CourseGrading
import Foundation
import XCTest

/// `VerdictBoard`, the pure merge step of a test run, from a table of record sequences: each row is the
/// runs a check made (the first of all tests, then tests alone) and the verdicts that must come out.
final class VerdictBoardTests: XCTestCase {
    typealias Record = ResultChannel.Record
    static let tests = ["S/testA", "S/testB", "S/testC"]

    static func finished(_ name: String, passed: Bool = true, failures: [String] = [], skipped: Bool = false) -> Record {
        Record(name: "S.\(name)", started: true, finished: true, passed: passed, skipped: skipped, failures: failures)
    }
    static func started(_ name: String) -> Record { Record(name: "S.\(name)", started: true) }

    static func run(_ records: [Record], alone selection: [String] = [], began: Bool = true, done: Bool,
                    endedEarly: String = "crashed: abort() was called.", outputs: [String: String] = [:]) -> VerdictBoard.Run {
        VerdictBoard.Run(selection: selection, channel: ResultChannel(records: records, began: began, done: done),
                         outputs: outputs, endedEarly: endedEarly)
    }

    struct Case {
        var name: String
        var runs: [VerdictBoard.Run]
        /// `method status message` per test, in suite order.
        var expected: [String]
        var pendingAfter: [String] = []
    }

    static var cases: [Case] { [
        Case(name: "all pass in one run",
             runs: [run([finished("testA"), finished("testB"), finished("testC")], done: true)],
             expected: ["testA pass -", "testB pass -", "testC pass -"]),
        Case(name: "a failure keeps its messages, without XCTest's trailing ' - '",
             runs: [run([finished("testA"), finished("testB", passed: false, failures: ["XCTAssertEqual failed: (\"1\") is not equal to (\"2\") - "]),
                         finished("testC")], done: true)],
             expected: ["testA pass -", "testB fail XCTAssertEqual failed: (\"1\") is not equal to (\"2\")", "testC pass -"]),
        Case(name: "a skip is not a pass",
             runs: [run([finished("testA"), finished("testB", skipped: true), finished("testC")], done: true)],
             expected: ["testA pass -", "testB fail was skipped (XCTSkip); a skipped test does not count as a pass", "testC pass -"]),
        Case(name: "a crash blames the running test; the rest wait for runs of their own",
             runs: [run([finished("testA"), started("testB")], done: false)],
             expected: ["testA pass -", "testB error crashed: abort() was called.", "testC none -"],
             pendingAfter: ["S/testC"]),
        Case(name: "then the test run alone gets its verdict",
             runs: [run([finished("testA"), started("testB")], done: false),
                    run([finished("testC")], alone: ["S/testC"], done: true)],
             expected: ["testA pass -", "testB error crashed: abort() was called.", "testC pass -"]),
        Case(name: "a test run alone that dies before starting is blamed",
             runs: [run([started("testA")], done: false),
                    run([], alone: ["S/testB"], began: false, done: false, endedEarly: "did not finish within 10 seconds and was stopped."),
                    run([finished("testC")], alone: ["S/testC"], done: true)],
             expected: ["testA error crashed: abort() was called.", "testB error did not finish within 10 seconds and was stopped.",
                        "testC pass -"]),
        Case(name: "a program that dies before any test blames the first pending one",
             runs: [run([], began: false, done: false)],
             expected: ["testA error crashed: abort() was called.", "testB none -", "testC none -"],
             pendingAfter: ["S/testB", "S/testC"]),
        Case(name: "a run that ends normally without reporting a test says so",
             runs: [run([finished("testA"), finished("testC")], done: true)],
             expected: ["testA pass -", "testB error was not reported by the test run", "testC pass -"]),
        Case(name: "records for tests that are not in the suite are ignored, and so is a second verdict",
             runs: [run([Record(name: "Other.testA", started: true, finished: true, passed: true), finished("testA", passed: false),
                         finished("testA"), finished("testB"), finished("testC")], done: true)],
             expected: ["testA fail failed", "testB pass -", "testC pass -"]),
    ] }

    func testTheTable() {
        for testCase in Self.cases {
            var board = VerdictBoard(expected: Self.tests)
            for run in testCase.runs { board.merge(run) }
            let got = Self.tests.map { id -> String in
                let method = id.split(separator: "/").last.map(String.init) ?? id
                guard let verdict = board.verdicts[id] else { return "\(method) none -" }
                return "\(method) \(verdict.status.rawValue) \(verdict.message ?? "-")"
            }
            XCTAssertEqual(got, testCase.expected, testCase.name)
            XCTAssertEqual(board.pending, testCase.pendingAfter, testCase.name)
        }
    }

    func testGivingUpAndTheReport() {
        var board = VerdictBoard(expected: Self.tests)
        board.merge(Self.run([Self.finished("testA"), Self.started("testB")], done: false))
        board.giveUp("not run: earlier tests used up the time allowed for this check")
        let report = board.report(exercise: "exercise-9")
        XCTAssertEqual(report.status, .fail)
        XCTAssertEqual(report.tests.map(\.status), [.pass, .error, .error])
        XCTAssertEqual(report.tests[2].message, "not run: earlier tests used up the time allowed for this check")
        XCTAssertEqual(report.tests.map(\.name), ["a", "b", "c"])
    }

    func testOutputGoesWithItsTest() {
        var board = VerdictBoard(expected: Self.tests)
        board.merge(Self.run([Self.finished("testA"), Self.started("testB")], done: false,
                             outputs: ["S.testA": "hello", "S.testB": "last words"]))
        XCTAssertEqual(board.verdicts["S/testA"]?.output, "hello")
        XCTAssertEqual(board.verdicts["S/testB"]?.output, "last words")
    }
}
