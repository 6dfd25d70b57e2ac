@testable import CourseGrading
import XCTest

/// XCTest's failure descriptions (as corelibs XCTest prints them) in plain words, from a table.
final class AssertionWordsTests: XCTestCase {
    func testEachAssertionLabelsExpectedAndActual() {
        let table: [(String, String)] = [
            (#"XCTAssertEqual failed: ("2") is not equal to ("1") - pop returns the last push"#,
             "pop returns the last push\n  expected: 1\n  actual:   2"),
            (#"XCTAssertEqual failed: ("Optional(1)") is not equal to ("Optional(2)") - peek shows the last item pushed"#,
             "peek shows the last item pushed\n  expected: 2\n  actual:   1"),
            (#"XCTAssertEqual failed: ("Optional(2)") is not equal to ("nil") - opt"#, "opt\n  expected: nil\n  actual:   2"),
            (#"XCTAssertEqual failed: ("Optional(2)") is not equal to ("3") - "#,
             "XCTAssertEqual failed\n  expected: 3\n  actual:   Optional(2)"),
            (#"XCTAssertEqual failed: ("a "q") b") is not equal to ("c") - quotes - dash"#,
             "quotes - dash\n  expected: c\n  actual:   a \"q\") b"),
            (#"XCTAssertEqual failed: ("1.0") is not equal to ("2.0") +/- ("1e-09") - acc"#,
             "acc\n  expected: 2.0 (± 1e-09)\n  actual:   1.0"),
            (#"XCTAssertNotEqual failed: ("1") is equal to ("1") - ne"#, "ne\n  expected: anything but 1\n  actual:   1"),
            (#"XCTAssertGreaterThan failed: ("1") is not greater than ("2") - gt"#, "gt\n  expected: more than 2\n  actual:   1"),
            (#"XCTAssertGreaterThanOrEqual failed: ("1") is less than ("2") - ge"#, "ge\n  expected: at least 2\n  actual:   1"),
            (#"XCTAssertLessThan failed: ("3") is not less than ("2") - lt"#, "lt\n  expected: less than 2\n  actual:   3"),
            (#"XCTAssertLessThanOrEqual failed: ("3") is greater than ("2") - le"#, "le\n  expected: at most 2\n  actual:   3"),
            (#"XCTAssertNil failed: "Submission.Stopwatch" - no stopwatch - yet"#,
             "no stopwatch - yet\n  expected: nil\n  actual:   Stopwatch"),
            (#"XCTAssertNotNil failed - nn"#, "nn\n  expected: a value\n  actual:   nil"),
            (#"XCTAssertTrue failed - t - u"#, "t - u\n  expected: true\n  actual:   false"),
            (#"XCTAssertFalse failed - "#, "XCTAssertFalse failed\n  expected: false\n  actual:   true"),
            (#"XCTAssertThrowsError failed: did not throw error - th"#,
             "th\n  expected: an error to be thrown\n  actual:   no error was thrown"),
            (#"XCTAssertNoThrow failed: threw error "Oops" - nt"#, "nt\n  expected: no error\n  actual:   threw \"Oops\""),
            ("failed - plain fail", "plain fail"),
            ("crashed: abort() was called.", "crashed: abort() was called."),
        ]
        for (description, expected) in table {
            XCTAssertEqual(AssertionWords.plain(description), expected, description)
        }
    }

    /// Issue 27 (wording): XCTFail's "failed - " prefix is XCTest's, not the learner's business.
    func testXCTFailShowsItsMessageAlone() {
        XCTAssertEqual(AssertionWords.plain("failed - the stack should be empty after popping everything"),
                       "the stack should be empty after popping everything")
    }

    /// No "failed - " of XCTest's reaches the learner: a wait that timed out reads in words, any other as "failed: ".
    func testNoFailedDashIsLeft() {
        let table: [(String, String)] = [
            ("Asynchronous wait failed - Exceeded timeout of 0.1 seconds, with unfulfilled expectations: never, later",
             "the wait ended after 0.1 seconds with expectations not fulfilled: never, later"),
            ("Asynchronous wait failed - something new", "Asynchronous wait failed: something new"),
            ("XCTAssertSomethingNew failed - said", "XCTAssertSomethingNew failed: said"),
        ]
        for (description, expected) in table {
            XCTAssertEqual(AssertionWords.plain(description), expected, description)
            XCTAssertFalse(AssertionWords.plain(description).contains("failed - "), description)
        }
    }

    func testInternalModuleNamesAreDropped() {
        let table: [(String, String)] = [
            ("Submission.Stopwatch", "Stopwatch"),
            ("[Submission.Stopwatch, HiddenTests.StackTests]", "[Stopwatch, StackTests]"),
            ("MySubmission.Stopwatch", "MySubmission.Stopwatch"),
            ("Submission.", "Submission."),
            ("SubmissionLibrary.f()", "f()"),
        ]
        for (text, expected) in table { XCTAssertEqual(AssertionWords.withoutInternalModules(text), expected, text) }
    }
}
