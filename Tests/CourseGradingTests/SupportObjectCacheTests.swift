@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// An exercise's C support files are compiled once and kept by content: an edit by the instructor (to the
/// C file or a header) compiles them again, and what runs is always the current C.
final class SupportObjectCacheTests: XCTestCase {
    func entries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }
    }

    func testCompiledOnceAndAgainAfterAnEdit() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let folder = try TestSupport.temporaryFolder(self).appendingPathComponent("support-objects")
        var grader = try TestSupport.grader()
        grader.supportObjectCache = SuiteObjectCache(folder: folder)
        func grade() throws -> GradeReport {
            let course = try CourseLoader.load(root: root)
            return grader.grade(course: course, exercise: try course.exercise("exercise-3"),
                                submission: root.appendingPathComponent("Solutions/exercise-3.swift"), displayPath: "Exercises/exercise-3.swift")
        }
        XCTAssertEqual(try grade().status, .pass)
        XCTAssertEqual(entries(folder).count, 1, "the C object is kept")
        let kept = try Data(contentsOf: folder.appendingPathComponent(entries(folder)[0]).appendingPathComponent("HiddenTests.o"))
        XCTAssertEqual(try grade().status, .pass)
        XCTAssertEqual(entries(folder).count, 1, "and reused")

        // The instructor breaks the C: the kept object is not used, the new C runs and the tests see it.
        let source = root.appendingPathComponent("Tests/Hidden/exercise-3/support/clamp.c")
        try (try String(contentsOf: source, encoding: .utf8)).replacingOccurrences(of: "if (value > high) return high;", with: "")
            .write(to: source, atomically: true, encoding: .utf8)
        let broken = try grade()
        XCTAssertEqual(broken.status, .fail, "the edited C is what runs")
        XCTAssertEqual(entries(folder).count, 2)
        XCTAssertFalse(kept.isEmpty)
    }
}
