import CourseCLI
import CourseModel
import CourseTerminal
import CourseTestSupport
import Foundation
import XCTest

/// What the real binary does with damaged, newer, relocated and unwritable progress files.
final class ProgressFileEndToEndTests: EndToEndTestCase {
    private func damagedCopies(_ root: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".course").path)) ?? [])
            .filter { $0.hasPrefix("progress.json.damaged-") }
    }

    func testCorruptProgressIsKeptAsideAndTheCommandStillWorks() throws {
        let root = try tinyCopy()
        let garbage = "{\"schema_version\": 1, \"exercises\": {\"exercise-1\": {\"attem"
        try write(garbage, to: ".course/progress.json", in: root)

        var run = try course("list", in: root)
        assertStatus(run, 0)
        assertContains(run.stdout, "A tiny example course", "exercise-1")
        assertContains(run.stderr, "damaged", ".course/progress.json.damaged-")
        let copies = damagedCopies(root)
        XCTAssertEqual(copies.count, 1, "\(copies)")
        let copy = try XCTUnwrap(copies.first)
        assertContains(run.stderr, copy)
        XCTAssertEqual(try text(".course/\(copy)", in: root), garbage, "the damaged bytes are kept")

        run = try course("hint", "exercise-1", in: root)
        assertStatus(run, 0)
        XCTAssertEqual(entry("exercise-1", try progressJSON(root))["hints_used"] as? Int, 1)
        XCTAssertEqual(damagedCopies(root), copies)
        XCTAssertEqual(try text(".course/\(copy)", in: root), garbage)
    }

    func testCorruptProgressDuringCheckIsKeptAsideAndTheAttemptRecorded() throws {
        let root = try tinyCopy()
        try write("not json at all", to: ".course/progress.json", in: root)
        try FileManager.default.removeItem(at: root.appendingPathComponent("Exercises/exercise-1.swift"))
        let run = try course("check", "exercise-1", in: root)
        assertStatus(run, 1)
        assertContains(run.stderr, "damaged", "progress.json.damaged-")
        XCTAssertEqual(damagedCopies(root).count, 1)
        XCTAssertEqual(entry("exercise-1", try progressJSON(root))["attempts"] as? Int, 1)
    }

    func testNewerSchemaStopsWithExitOneAndLeavesTheFileUntouched() throws {
        let root = try tinyCopy()
        let future = #"{"schema_version": 7, "exercises": {"exercise-1": {"attempts": 3}}, "streak": 12}"#
        try write(future, to: ".course/progress.json", in: root)
        for arguments in [["list"], ["hint", "exercise-1"], ["check", "exercise-1"], []] {
            let run = try TestSupport.runCourse(arguments, in: root)
            assertStatus(run, 1)
            assertContains(run.stderr, "schema version 7", "left untouched")
            XCTAssertEqual(try text(".course/progress.json", in: root), future, "\(arguments)")
        }
        XCTAssertEqual(damagedCopies(root), [])
    }

    func testCOURSE_PROGRESSOverridesThePath() throws {
        let root = try tinyCopy()
        let elsewhere = try TestSupport.temporaryFolder(self).appendingPathComponent("nested/mine.json")
        let environment = ["COURSE_PROGRESS": elsewhere.path]
        var run = try course("hint", "exercise-1", in: root, environment: environment)
        assertStatus(run, 0)
        let saved = try jsonObject(try String(contentsOf: elsewhere, encoding: .utf8))
        XCTAssertEqual(entry("exercise-1", saved)["hints_used"] as? Int, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent(".course/progress.json").path))

        try Data(#"{"schema_version": 1, "exercises": {"exercise-1": {"status": "done"}}}"#.utf8).write(to: elsewhere)
        run = try course("list", "--json", in: root, environment: environment)
        assertStatus(run, 0)
        let listed = try XCTUnwrap(try jsonObject(run.stdout)["exercises"] as? [[String: Any]])
        XCTAssertEqual(listed.first?["status"] as? String, "done")
        run = try course("list", "--json", in: root)
        XCTAssertEqual((try jsonObject(run.stdout)["exercises"] as? [[String: Any]])?.first?["status"] as? String, "pending")
    }

    func testUnwritableProgressStillGivesTheVerdictWithAWarning() throws {
        let root = try tinyCopy()
        let environment = ["COURSE_PROGRESS": "/proc/nope/progress.json"]
        var run = try course("check", "exercise-1", in: root, environment: environment)
        assertStatus(run, 1)
        assertContains(run.stdout, "✗ exercise-1: Say hello", "0 of 2 tests passed.")
        assertContains(run.stderr, "Could not save progress to /proc/nope/progress.json", "COURSE_PROGRESS")

        try solve("exercise-1", in: root)
        run = try course("check", "exercise-1", in: root, environment: environment)
        assertStatus(run, 0)
        assertContains(run.stdout, "2 of 2 tests passed.")
        assertContains(run.stderr, "Could not save progress")

        run = try course("hint", "exercise-1", in: root, environment: environment)
        assertStatus(run, 0)
        assertContains(run.stdout, "Hint 1 of 2 for exercise-1")
        assertContains(run.stderr, "Could not save progress")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent(".course/progress.json").path))
    }
}
