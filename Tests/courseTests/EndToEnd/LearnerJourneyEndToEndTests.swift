import CourseCLI
import CourseModel
import CourseTerminal
import CourseTestSupport
import Foundation
import XCTest

/// The learner's path through the tiny course, with the real binary.
final class LearnerJourneyEndToEndTests: EndToEndTestCase {
    func testTheLearnerJourney() throws {
        let root = try tinyCopy()

        // `course`: where am I?
        var run = try course(in: root)
        assertStatus(run, 0)
        assertContains(run.stdout, "A tiny example course", "0 of 4 exercises done", "Exercise: exercise-1, Say hello",
                       "edit   Exercises/exercise-1.swift", "'course next'")

        // `course next`: the first lesson, its exercises and how to check them.
        run = try course("next", in: root)
        assertStatus(run, 0)
        assertContains(run.stdout, "Lesson 1: First steps", "Exercises/exercise-1.swift", "course check exercise-1",
                       "Exercises/exercise-2.swift")
        XCTAssertFalse(run.stdout.contains("exercises: exercise-1"), "front matter is not shown:\n\(run.stdout)")
        XCTAssertFalse(run.stdout.contains("Calling a C function"), run.stdout)

        // The starter fails, one ✗ line per failing test with the assertion message.
        run = try course("check", "exercise-1", in: root)
        assertStatus(run, 1)
        assertContains(run.stdout, "✗ exercise-1: Say hello", "  ✗ greets by name",
                       "      greet should say hello to the name it is given\n        expected: Hello, Ada!\n        actual:   TODO",
                       "  ✗ greets another name", "expected: Hello, Grace!", "0 of 2 tests passed.",
                       "'course hint exercise-1'")
        XCTAssertEqual(run.stdout.split(separator: "\n").filter { $0.hasPrefix("  ✗ ") }.count, 2, run.stdout)
        XCTAssertEqual(entry("exercise-1", try progressJSON(root))["last_result"] as? String, "fail")

        // The reference solution passes.
        try solve("exercise-1", in: root)
        run = try course("check", "exercise-1", in: root)
        assertStatus(run, 0)
        assertContains(run.stdout, "✓ exercise-1: Say hello", "  ✓ greets by name", "  ✓ greets another name",
                       "2 of 2 tests passed.", "What you learned: String interpolation builds strings from values.",
                       "'course solution exercise-1'", "(then exercise-2)")
        let passed = entry("exercise-1", try progressJSON(root))
        XCTAssertEqual(passed["status"] as? String, "done")
        XCTAssertEqual(passed["attempts"] as? Int, 2)
        XCTAssertEqual(passed["last_result"] as? String, "pass")
        XCTAssertNotNil(passed["first_passed_at"] as? String)
        XCTAssertEqual(passed["passed_hash"] as? String,
                       SHA256.hex(try Data(contentsOf: root.appendingPathComponent("Exercises/exercise-1.swift"))))

        // `course list`: exercise-1 done, exercise-2 current.
        run = try course("list", in: root)
        assertStatus(run, 0)
        assertContains(run.stdout, "1 of 4 exercises done", "Module 1: Basics", "Module 2: Interop", "Module 3: Errors")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let one = try XCTUnwrap(lines.first { $0.contains("exercise-1") }, run.stdout)
        let two = try XCTUnwrap(lines.first { $0.contains("exercise-2") }, run.stdout)
        let three = try XCTUnwrap(lines.first { $0.contains("exercise-3") }, run.stdout)
        XCTAssertTrue(one.contains("done"), one)
        XCTAssertFalse(one.contains("you are here"), one)
        XCTAssertTrue(two.contains("pending") && two.contains("you are here"), two)
        XCTAssertTrue(three.contains("pending") && !three.contains("you are here"), three)

        // `course list --json`.
        run = try course("list", "--json", in: root)
        assertStatus(run, 0)
        var listed = try listedExercises(run.stdout)
        XCTAssertEqual(listed.map { $0["id"] as? String }, ["exercise-1", "exercise-2", "exercise-3", "exercise-4"])
        XCTAssertEqual(listed[0]["title"] as? String, "Say hello")
        XCTAssertEqual(listed[0]["lesson"] as? Int, 1)
        XCTAssertEqual(listed[0]["status"] as? String, "done")
        XCTAssertEqual(listed[0]["learner_file"] as? String, "Exercises/exercise-1.swift")
        XCTAssertEqual(listed[0]["solution"] as? String, "Solutions/exercise-1.swift")
        XCTAssertEqual(listed[1]["status"] as? String, "pending")
        XCTAssertEqual(listed[2]["lesson"] as? Int, 2)
        let whole = try jsonObject(run.stdout)
        XCTAssertEqual(whole["done"] as? Int, 1)
        XCTAssertEqual(whole["total"] as? Int, 4)

        // The solution is unlocked now.
        run = try course("solution", "exercise-1", in: root)
        assertStatus(run, 0)
        assertContains(run.stdout, try text("Solutions/exercise-1.swift", in: root))

        // Editing the file after passing shows "changed".
        try write(try text("Exercises/exercise-1.swift", in: root) + "// an afterthought\n", to: "Exercises/exercise-1.swift", in: root)
        run = try course("list", in: root)
        assertStatus(run, 0)
        let changed = try XCTUnwrap(run.stdout.split(separator: "\n").first { $0.contains("exercise-1") }, run.stdout)
        XCTAssertTrue(changed.contains("changed"), String(changed))
        run = try course("list", "--json", in: root)
        listed = try listedExercises(run.stdout)
        XCTAssertEqual(listed[0]["status"] as? String, "changed")

        // `course check --json` without an id checks the current exercise, exercise-2.
        run = try course("check", "--json", in: root)
        assertStatus(run, 1)
        let report = try jsonObject(run.stdout)
        XCTAssertEqual(report["version"] as? Int, 3)
        XCTAssertEqual(report["status"] as? String, "fail")
        XCTAssertEqual(report["exercise"] as? String, "exercise-2")
        XCTAssertNotNil(report["duration_seconds"] as? Double, "\(report)")
        let tests = try XCTUnwrap(report["tests"] as? [[String: Any]])
        XCTAssertEqual(tests.map { $0["name"] as? String },
                       ["push then pop returns the same item", "pop on an empty stack is nil", "peek shows the top without removing it"])
        XCTAssertEqual(tests.map { $0["status"] as? String }, ["fail", "pass", "fail"])
        XCTAssertTrue((tests[0]["message"] as? String)?.contains("pop should return what was pushed last") == true, "\(tests[0])")
        XCTAssertEqual(entry("exercise-2", try progressJSON(root))["attempts"] as? Int, 1)
    }

    private func listedExercises(_ text: String) throws -> [[String: Any]] {
        let object = try jsonObject(text)
        return try XCTUnwrap(object["exercises"] as? [[String: Any]], text)
    }

    func testCheckWithoutAnIdChecksTheCurrentExercise() throws {
        let root = try tinyCopy()
        let run = try course("check", in: root)
        assertStatus(run, 1)
        assertContains(run.stdout, "✗ exercise-1: Say hello", "0 of 2 tests passed.")
        XCTAssertEqual(entry("exercise-1", try progressJSON(root))["attempts"] as? Int, 1)
    }

    func testHintsAreRevealedOneAtATimeAndCounted() throws {
        let root = try tinyCopy()
        var run = try course("hint", "exercise-2", in: root)
        assertStatus(run, 0)
        assertContains(run.stdout, "Hint 1 of 2 for exercise-2 (A generic stack):", "An array's end is the top of the stack.")
        XCTAssertFalse(run.stdout.contains("popLast"), run.stdout)
        XCTAssertEqual(entry("exercise-2", try progressJSON(root))["hints_used"] as? Int, 1)

        run = try course("hint", "exercise-2", in: root)
        assertStatus(run, 0)
        assertContains(run.stdout, "Hint 2 of 2 for exercise-2", "append, popLast and last do all the work.", "That was the last hint")
        XCTAssertEqual(entry("exercise-2", try progressJSON(root))["hints_used"] as? Int, 2)

        run = try course("hint", "exercise-2", in: root)
        assertStatus(run, 0)
        assertContains(run.stdout, "Hint 2 of 2 for exercise-2")
        XCTAssertEqual(entry("exercise-2", try progressJSON(root))["hints_used"] as? Int, 2)
        XCTAssertEqual(entry("exercise-1", try progressJSON(root))["hints_used"] as? Int ?? 0, 0)
    }

    /// Issue 27: like `check`, `hint` alone takes the current exercise.
    func testHintWithoutAnExerciseTakesTheCurrentOne() throws {
        let root = try tinyCopy()
        let run = try course("hint", in: root)
        assertStatus(run, 0)
        assertContains(run.stdout, "Hint 1 of 2 for exercise-1")
    }

    func testResetRestoresTheStarterAndKeepsABackup() throws {
        let root = try tinyCopy()
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.deletingLastPathComponent().appendingPathComponent(".git").path))
        let edited = "// my own attempt\nfunc greet(_ name: String) -> String { \"Hi\" }\n"
        try write(edited, to: "Exercises/exercise-1.swift", in: root)

        var run = try course("reset", "exercise-1", in: root)
        assertStatus(run, 0)
        assertContains(run.stdout, "Your previous file was saved as .course/backups/exercise-1-", "Exercises/exercise-1.swift is back to its starter")
        XCTAssertEqual(try Data(contentsOf: root.appendingPathComponent("Exercises/exercise-1.swift")),
                       try Data(contentsOf: root.appendingPathComponent("Tests/Hidden/exercise-1/starter.swift")))
        let backups = root.appendingPathComponent(".course/backups")
        let names = try FileManager.default.contentsOfDirectory(atPath: backups.path)
        XCTAssertEqual(names.count, 1, "\(names)")
        let backup = try XCTUnwrap(names.first)
        XCTAssertTrue(backup.hasPrefix("exercise-1-") && backup.hasSuffix(".swift"), backup)
        XCTAssertEqual(try String(contentsOf: backups.appendingPathComponent(backup), encoding: .utf8), edited)

        run = try course("reset", "exercise-1", in: root)
        assertStatus(run, 0)
        assertContains(run.stdout, "already the starter; nothing to do")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: backups.path).count, 1)
    }

    func testResetBringsBackADeletedFile() throws {
        let root = try tinyCopy()
        try FileManager.default.removeItem(at: root.appendingPathComponent("Exercises/exercise-2.swift"))
        let run = try course("reset", "exercise-2", in: root)
        assertStatus(run, 0)
        XCTAssertEqual(try Data(contentsOf: root.appendingPathComponent("Exercises/exercise-2.swift")),
                       try Data(contentsOf: root.appendingPathComponent("Tests/Hidden/exercise-2/starter.swift")))
        XCTAssertFalse(run.stdout.contains("previous file"), run.stdout)
    }

    func testSolutionIsLockedUntilPassedUnlessForced() throws {
        let root = try tinyCopy()
        let solution = try text("Solutions/exercise-2.swift", in: root)

        var run = try course("solution", "exercise-2", in: root)
        assertStatus(run, 1)
        assertContains(run.stderr, "unlocks once your own solution passes", "--force")
        XCTAssertFalse(run.stdout.contains("items.popLast()"), run.stdout)
        XCTAssertFalse(run.stderr.contains("Usage:"), run.stderr)

        run = try course("solution", "exercise-2", "--force", in: root)
        assertStatus(run, 0)
        assertContains(run.stdout, "Reference solution for exercise-2", solution)

        try solve("exercise-2", in: root)
        run = try course("check", "exercise-2", in: root)
        assertStatus(run, 0)
        run = try course("solution", "exercise-2", in: root)
        assertStatus(run, 0)
        assertContains(run.stdout, solution)
    }
}
