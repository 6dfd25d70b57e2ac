@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// Plain-word test names and the Exercism results format.
final class GradeReportTests: XCTestCase {
    func testPlainWordsTable() {
        let cases: [(String, String)] = [
            ("testAppendingToACopy", "appending to a copy"),
            ("testPushThenPopReturnsTheSameItem", "push then pop returns the same item"),
            ("testPopOnAnEmptyStackIsNil", "pop on an empty stack is nil"),
            ("test_snake_case_name", "snake case name"),
            ("test__leadingUnderscores", "leading underscores"),
            ("testURLParsing", "URL parsing"),
            ("testParsesJSON", "parses JSON"),
            ("testUTF8Decoding", "UTF8 decoding"),
            ("test2Items", "2 items"),
            ("testRank198IsTheLast", "rank 198 is the last"),
            ("testUnder85MBFits", "under 85 MB fits"),
            ("testP99IsSlow", "P99 is slow"),
            ("testScenario1", "scenario 1"),
            ("testA", "a"),
            ("test", "test"),
            ("helperMethod", "helper method"),
            ("testValuesAboveTheRangeFallToItsUpperBound", "values above the range fall to its upper bound"),
            ("testSubtractMoreThanOneDay1500Min25Hrs", "subtract more than one day 1500 min 25 hrs"),
            ("testAnyCharacterOtherThanX", "any character other than X"),
            ("testIsbnWithXAsCheckDigit", "isbn with X as check digit"),
            ("testIsAWord", "is a word"),
            ("testAPlusB", "a plus B"),
            ("testB", "b"),
            ("testXMarksTheSpot", "x marks the spot"),
            ("testDontCountTheHeader", "don't count the header"),
            ("testAnEmptyListIsntSorted", "an empty list isn't sorted"),
            ("testItWontWrap", "it won't wrap"),
            ("testTheLearnersFile", "the learners file"),
        ]
        for (method, expected) in cases {
            XCTAssertEqual(GradeReport.plainWords(method), expected, method)
        }
    }

    func object(_ report: GradeReport) throws -> NSDictionary {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: try report.exercismJSON()) as? NSDictionary)
    }

    func testExercismJSONForAFailingRun() throws {
        let report = GradeReport(exercise: "exercise-2", status: .fail, tests: [
            .init(id: "StackTests/testA", name: "a", status: .pass, message: nil, output: "printed"),
            .init(id: "StackTests/testB", name: "b", status: .fail, message: "XCTAssertEqual failed", output: nil),
            .init(id: "StackTests/testC", name: "c", status: .error, message: "crashed: abort() was called.", output: nil),
        ], seconds: 1.23456, submissionHash: "abc")
        let expected: NSDictionary = [
            "version": 3, "status": "fail", "exercise": "exercise-2", "duration_seconds": 1.235, "sandboxed": false,
            "tests": [
                ["name": "a", "test_id": "StackTests/testA", "status": "pass", "message": NSNull(), "output": "printed"],
                ["name": "b", "test_id": "StackTests/testB", "status": "fail", "message": "XCTAssertEqual failed", "output": NSNull()],
                ["name": "c", "test_id": "StackTests/testC", "status": "error", "message": "crashed: abort() was called.",
                 "output": NSNull()],
            ],
        ]
        XCTAssertEqual(try object(report), expected)
    }

    func testExercismJSONForAnErrorCarriesTheMessageAndCompilerOutput() throws {
        var report = GradeReport.error("exercise-2", .compile, "does not compile")
        report.compilerOutput = "Exercises/exercise-2.swift:6:26: error: x"
        report.fromCache = true
        let expected: NSDictionary = [
            "version": 3, "status": "error", "exercise": "exercise-2", "duration_seconds": 0, "tests": [] as [Any],
            "message": "does not compile\nExercises/exercise-2.swift:6:26: error: x", "error_kind": "compile", "cached": true,
        ]
        XCTAssertEqual(try object(report), expected)
    }

    func testExercismJSONForAPass() throws {
        let report = GradeReport(exercise: "exercise-1", status: .pass, tests: [
            .init(id: "GreetTests/testGreetsByName", name: "greets by name", status: .pass, message: nil, output: nil),
        ])
        let object = try object(report)
        XCTAssertEqual(object["status"] as? String, "pass")
        XCTAssertNil(object["message"])
        XCTAssertNil(object["error_kind"])
        XCTAssertNil(object["cached"])
    }

    func testReportsSurviveACodableRoundTrip() throws {
        var report = GradeReport(exercise: "exercise-2", status: .fail, tests: [
            .init(id: "S/testA", name: "a", status: .fail, message: "m", output: "o"),
        ], seconds: 0.5, submissionHash: "h")
        report.diagnostics = [Diagnostic(file: "f", line: 1, column: 2, severity: "error", message: "x")]
        let decoded = try JSONDecoder().decode(GradeReport.self, from: try JSONEncoder().encode(report))
        XCTAssertEqual(decoded, report)
        XCTAssertFalse(decoded.passed)
    }
}
