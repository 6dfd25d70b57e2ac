import CourseTestSupport
import Foundation
import XCTest

/// One starter file to edit: `validate --fix` copies the newer of the learner file and its pristine
/// copy over the older, keeping the older in `.course/backups/`.
final class ValidateFixEndToEndTests: EndToEndTestCase {
    func testFixCopiesTheNewerStarterOverTheOlderAndKeepsABackup() throws {
        let root = try tinyCopy()
        let old = try text("Tests/Hidden/exercise-1/starter.swift", in: root)
        let edited = old + "// a clearer TODO\n"
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)],
                                              ofItemAtPath: root.appendingPathComponent("Tests/Hidden/exercise-1/starter.swift").path)
        try write(edited, to: "Exercises/exercise-1.swift", in: root)
        try FileManager.default.removeItem(at: root.appendingPathComponent("Exercises/exercise-2.swift"))

        let before = try course("validate", "--quick", in: root)
        assertStatus(before, 1)
        XCTAssertTrue(before.stdout.contains("or run 'course validate --fix' to copy the newer over the older"), before.stdout)

        let fixed = try course("validate", "--quick", "--fix", in: root)
        assertStatus(fixed, 0)
        XCTAssertTrue(fixed.stderr.contains("Fixed: copied Exercises/exercise-1.swift over Tests/Hidden/exercise-1/starter.swift (the old Tests/Hidden/exercise-1/starter.swift is kept as .course/backups/exercise-1-starter-"),
                      fixed.stderr)
        XCTAssertTrue(fixed.stderr.contains("Fixed: copied Tests/Hidden/exercise-2/starter.swift over Exercises/exercise-2.swift (it was missing)"), fixed.stderr)
        XCTAssertEqual(try text("Tests/Hidden/exercise-1/starter.swift", in: root), edited)
        let backups = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".course/backups").path)
        XCTAssertEqual(backups.count, 1)
        XCTAssertEqual(try text(".course/backups/\(backups[0])", in: root), old, "the overwritten copy is kept")

        let quiet = try course("validate", "--quick", "--fix", in: root)
        assertStatus(quiet, 0)
        XCTAssertFalse(quiet.stderr.contains("Fixed:"), "nothing left to copy: \(quiet.stderr)")
    }
}
