@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// A `///` line above a test method names the test in words a method name cannot hold.
final class TestTitlesTests: XCTestCase {
    func testTheDocCommentAboveATestMethodIsItsTitle() {
        let source = """
            final class T: XCTestCase {
                /// the caller's palette
                /// stays as it was
                func testTheCallersPalette() {}

                /// a helper, not a test
                func helper() {}

                func testWithoutComment() {}

                /// an attribute may come between
                @MainActor
                override final func testWithAttribute() async {}
            }
            """
        XCTAssertEqual(TestTitles.parse([source]), [
            "testTheCallersPalette": "the caller's palette stays as it was",
            "testWithAttribute": "an attribute may come between",
        ])
    }

    /// A Swift Testing test without a display name takes the `///` lines above its `@Test` (past other
    /// attributes); a display name wins; a method name keeps its contraction's apostrophe.
    func testASwiftTestingDocCommentIsTheTitleOfATestWithoutDisplayName() {
        let source = """
            import Testing
            @Suite struct S {
                /// the learner's count
                /// isn't negative
                @Test func notNegative() {}

                /// a doc comment
                @Test("the display name's kept") func named() {}

                /// past an attribute
                @available(macOS 99, *)
                @Test(arguments: [1]) func withArgument(n: Int) {}

                // an ordinary comment
                @Test func dontCountTheHeader() {}
            }
            """
        XCTAssertEqual(SwiftTestingScanner.tests(in: [source]).map(\.title), [
            "the learner's count isn't negative", "the display name's kept", "past an attribute", "don't count the header",
        ])
    }

    /// A raw identifier (`` @Test func `the learner's count`() ``) is named as Swift Testing names it at run
    /// time, backticks kept (`S/`the learner's count`()`), and shown as written; before, such a test was not
    /// scanned, so its result was dropped and a failing hidden test could not fail the check.
    func testARawIdentifierTestIsScannedUnderSwiftTestingsName() {
        let source = """
            import Testing
            @Suite struct S {
                @Test func `the learner's count isn't negative`() {}
                @Test(arguments: [1]) func `with an argument`(n: Int) {}
                @Test func `default`() {}
            }
            """
        let tests = SwiftTestingScanner.tests(in: [source])
        XCTAssertEqual(tests.map(\.id), ["S/`the learner's count isn't negative`()", "S/`with an argument`(n:)", "S/default()"])
        XCTAssertEqual(tests.map(\.title), ["the learner's count isn't negative", "with an argument", "default"])
    }

    /// Real grading: the title reaches the report; other tests keep their plain-words names.
    func testAGradedReportShowsTheTitle() throws {
        let course = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let suite = course.appendingPathComponent("Tests/Hidden/exercise-2/tests/StackTests.swift")
        let source = try String(contentsOf: suite, encoding: .utf8)
            .replacingOccurrences(of: "    func testPopOnAnEmptyStackIsNil", with: "    /// an empty stack's pop is nil\n    func testPopOnAnEmptyStackIsNil")
        try source.write(to: suite, atomically: true, encoding: .utf8)
        let report = try TestSupport.grade(course: course, exercise: "exercise-2",
                                           submission: GradingFixtures.submission("stack-peek-wrong.swift"))
        XCTAssertEqual(report.tests.map(\.name), [
            "push then pop returns the same item", "an empty stack's pop is nil", "peek shows the top without removing it",
        ])
    }
}
