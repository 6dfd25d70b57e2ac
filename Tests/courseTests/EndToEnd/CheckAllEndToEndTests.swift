import CourseTestSupport
import Foundation
import XCTest

/// `course check --all`: every exercise re-checked (in parallel, through the cache), a table at the end,
/// every attempt recorded, exit 0 only when every exercise passes.
final class CheckAllEndToEndTests: EndToEndTestCase {
    func testTheTableAndTheExitStatus() throws {
        let root = try tinyCopy()
        try solve("exercise-1", in: root)
        try solve("exercise-3", in: root)
        try solve("exercise-4", in: root)
        let first = try course("check", "--all", in: root)
        assertStatus(first, 1)
        XCTAssertEqual(first.stdout, """
            exercise    result   tests  title
            exercise-1  ✓ pass   2/2    Say hello
            exercise-2  ✗ fail   1/3    A generic stack
            exercise-3  ✓ pass   3/3    Call C from Swift
            exercise-4  ✓ pass   7/7    Parse a count

            3 of 4 exercises pass.
            Next: 'course check exercise-2' to see what fails in exercise-2.

            """)
        let progress = try progressJSON(root)
        XCTAssertEqual(entry("exercise-2", progress)["last_result"] as? String, "fail")
        XCTAssertEqual(entry("exercise-3", progress)["status"] as? String, "done")

        try solve("exercise-2", in: root)
        let second = try course("check", "--all", in: root)
        assertStatus(second, 0)
        assertContains(second.stdout, "4 of 4 exercises pass. (3 unchanged since their last check)", "Every exercise passes.")

        // exercise-2 reset: the cache knows its starter from the first run, but its last check was of the solution.
        assertStatus(try course("reset", "exercise-2", in: root), 0)
        let third = try course("check", "--all", in: root)
        assertStatus(third, 1)
        assertContains(third.stdout, "3 of 4 exercises pass. (3 unchanged since their last check)")
    }

    func testAllTakesNoExerciseAndNoFile() throws {
        let root = try tinyCopy()
        assertStatus(try course("check", "--all", "exercise-1", in: root), 64)
        let file = try course("check", "--all", "--file", "x.swift", in: root)
        assertStatus(file, 64)
        assertContains(file.stderr, "use it without --file")
    }
}
