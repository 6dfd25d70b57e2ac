import CourseTestSupport
import Foundation
import XCTest

/// The compiler's warnings about the learner's file come after the verdict, briefly, named as the
/// learner's own file; a file without warnings shows none.
final class WarningsEndToEndTests: EndToEndTestCase {
    func testWarningsFollowTheVerdict() throws {
        let root = try tinyCopy()
        try write(try String(contentsOf: TestSupport.submissions.appendingPathComponent("stack-with-warnings.swift"), encoding: .utf8),
                  to: "Exercises/exercise-2.swift", in: root)
        let run = try course("check", "exercise-2", in: root)
        assertStatus(run, 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let verdict = try XCTUnwrap(lines.firstIndex(of: "3 of 3 tests passed."), run.stdout)
        XCTAssertEqual(Array(lines[(verdict + 1)...].prefix(4)), [
            "",
            "2 compiler warnings in your file:",
            "  Exercises/exercise-2.swift:6:13: variable 'copy' was never mutated; consider changing to 'let' constant",
            "  Exercises/exercise-2.swift:11:13: initialization of immutable value 'unused' was never used; consider replacing with assignment to '_' or removing it",
        ], run.stdout)

        try solve("exercise-2", in: root)
        let clean = try course("check", "exercise-2", in: root)
        XCTAssertFalse(clean.stdout.contains("compiler warning"), clean.stdout)
    }
}
