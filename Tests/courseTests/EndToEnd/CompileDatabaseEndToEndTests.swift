import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// `course` keeps `Exercises/compile_commands.json` for the learner's editor: written by `next` (and
/// `install`, `check`) when missing or stale, left alone (modification time too) when current.
final class CompileDatabaseEndToEndTests: EndToEndTestCase {
    func database(_ root: URL) throws -> (entries: [[String: Any]], modified: Date) {
        let url = root.appendingPathComponent(Layout.compileDatabase)
        let entries = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
        let modified = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
        return (entries, modified)
    }

    /// Sets a file's modification time into the past, so a rewrite shows however fast the machine is.
    func age(_ root: URL) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)],
                                              ofItemAtPath: root.appendingPathComponent(Layout.compileDatabase).path)
    }

    func arguments(of file: String, in entries: [[String: Any]]) -> [String]? {
        entries.first { $0["file"] as? String == file }?["arguments"] as? [String]
    }

    func testNextWritesItOnceAndAgainOnlyWhenAnExerciseOrTheCompilerChanges() throws {
        let root = try tinyCopy()
        assertStatus(try course("next", "--no-pager", in: root), 0)
        let first = try database(root)
        let learner = root.appendingPathComponent("Exercises/exercise-3.swift").path
        let args = try XCTUnwrap(arguments(of: learner, in: first.entries))
        XCTAssertEqual(Array(args.dropFirst()), ["-Onone", "-I", root.appendingPathComponent("Tests/Hidden/exercise-3/support").path,
                                                 "-parse-as-library", "-enable-testing", "-module-name", "Submission", learner])
        XCTAssertEqual(first.entries.count, 4, "one entry per exercise file")

        // Nothing changed: not rewritten.
        try age(root)
        assertStatus(try course("next", "--no-pager", in: root), 0)
        XCTAssertEqual(try database(root).modified, Date(timeIntervalSince1970: 1_000_000))

        // A Swift helper in a support folder: it joins the module, and gets an entry of its own.
        try write("let courseBound: Int32 = 10\n", to: "Tests/Hidden/exercise-3/support/Bounds.swift", in: root)
        assertStatus(try course("next", "--no-pager", in: root), 0)
        let second = try database(root)
        XCTAssertNotEqual(second.modified, Date(timeIntervalSince1970: 1_000_000))
        let helper = root.appendingPathComponent("Tests/Hidden/exercise-3/support/Bounds.swift").path
        XCTAssertEqual(arguments(of: helper, in: second.entries), arguments(of: learner, in: second.entries))
        XCTAssertEqual(arguments(of: learner, in: second.entries)?.suffix(2), [learner, helper])

        // Another compiler (COURSE_SWIFTC): its path in every entry.
        let swiftc = try XCTUnwrap(args.first)
        let bin = try TestSupport.temporaryFolder(self)
        try FileManager.default.createSymbolicLink(atPath: bin.appendingPathComponent("swiftc").path, withDestinationPath: swiftc)
        try age(root)
        assertStatus(try course("next", "--no-pager", in: root, environment: ["COURSE_SWIFTC": bin.appendingPathComponent("swiftc").path]), 0)
        let third = try database(root)
        XCTAssertNotEqual(third.modified, Date(timeIntervalSince1970: 1_000_000))
        XCTAssertEqual(arguments(of: learner, in: third.entries)?.first, bin.appendingPathComponent("swiftc").path)
    }

    /// A check writes a missing database too (here the learner edition's check without public tests, which compiles nothing).
    func testCheckWritesAMissingDatabase() throws {
        let root = try tinyCopy()
        var manifest = try jsonObject(try text(Layout.manifest, in: root))
        manifest[CourseEdition.key] = CourseEdition.learner.rawValue
        try JSONSerialization.data(withJSONObject: manifest).write(to: root.appendingPathComponent(Layout.manifest))
        try FileManager.default.removeItem(at: root.appendingPathComponent("Tests/Hidden/exercise-1/tests"))
        let run = try course("check", "exercise-1", in: root)
        assertStatus(run, 0)
        assertContains(run.stdout, "no public tests")
        XCTAssertEqual(try database(root).entries.count, 4)
    }
}
