@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// The suite-object cache: reuse exactly when the learner module's interface, the suite, the toolchain and
/// the flags are the same — shown by the report's `suiteReused`, never by timing.
final class SuiteObjectCacheTests: XCTestCase {
    typealias F = GradingFixtures

    func grader(_ folder: URL) throws -> Grader {
        var grader = try TestSupport.grader()
        grader.suiteCache = SuiteObjectCache(folder: folder.appendingPathComponent("suites"))
        return grader
    }

    /// Grades `source` as exercise-2 of `course`.
    func grade(_ source: String, _ grader: Grader, course root: URL = TestSupport.tinyCourse) throws -> GradeReport {
        let file = try TestSupport.temporaryFolder(self).appendingPathComponent("submission.swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        let course = try CourseLoader.load(root: root)
        return grader.grade(course: course, exercise: try course.exercise("exercise-2"), submission: file,
                            displayPath: "Exercises/exercise-2.swift")
    }

    /// The tiny course's reference solution (`items`, `popLast`).
    var solution: String {
        (try? String(contentsOf: TestSupport.tinyCourse.appendingPathComponent("Solutions/exercise-2.swift"), encoding: .utf8)) ?? ""
    }

    func testABodyOnlyEditReusesTheSuiteAndStillGradesTheNewBody() throws {
        let grader = try grader(try TestSupport.temporaryFolder(self))
        let first = try grade(solution, grader)
        XCTAssertEqual(first.status, .pass)
        XCTAssertFalse(first.suiteReused, "the first check compiles the suite")
        // A wrong body on the same interface, with lines shifted: reused, and the new body is what runs.
        let wrongBody = "\n\n" + solution.replacingOccurrences(of: "return items.popLast()", with: "return nil")
        XCTAssertNotEqual(wrongBody, "\n\n" + solution, "the fixture changed")
        let second = try grade(wrongBody, grader)
        XCTAssertTrue(second.suiteReused)
        XCTAssertEqual(second.status, .fail, "the reused suite runs against the new learner object")
        let third = try grade(solution + "\n// a comment\n", grader)
        XCTAssertTrue(third.suiteReused)
        XCTAssertEqual(third.status, .pass)
    }

    func testAnInterfaceChangeNeverReuses() throws {
        let grader = try grader(try TestSupport.temporaryFolder(self))
        XCTAssertEqual(try grade(solution, grader).status, .pass)
        let changes = [
            // a stored property added: the layout changes
            solution.replacingOccurrences(of: "private var items: [Element] = []", with: "private var items: [Element] = []\n    var pushes = 0"),
            // a struct turned into a class
            solution.replacingOccurrences(of: "struct Stack", with: "final class Stack")
                .replacingOccurrences(of: "mutating ", with: ""),
            // a signature changed (a new default argument)
            solution.replacingOccurrences(of: "func push(_ item: Element)", with: "func push(_ item: Element, times: Int = 1)"),
        ]
        for (index, changed) in changes.enumerated() {
            XCTAssertNotEqual(changed, solution, "change \(index) applies")
            let report = try grade(changed, grader)
            XCTAssertFalse(report.suiteReused, "change \(index): \(report.message ?? "") \(F.verdicts(report))")
        }
    }

    func testAToolchainChangeNeverReuses() throws {
        let folder = try TestSupport.temporaryFolder(self)
        var grader = try grader(folder)
        XCTAssertEqual(try grade(solution, grader).status, .pass)
        XCTAssertTrue(try grade(solution + "\n", grader).suiteReused)
        grader.toolchain.identity += "|another build of swiftc"
        let other = try grade(solution + "\n\n", grader)
        XCTAssertEqual(other.status, .pass)
        XCTAssertFalse(other.suiteReused, "a suite compiled by another compiler is never linked")
    }

    func testASuiteChangeNeverReuses() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let grader = try grader(folder)
        let course = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        XCTAssertTrue(try grade(solution, grader, course: course).status == .pass)
        XCTAssertTrue(try grade(solution + "\n", grader, course: course).suiteReused)
        let suite = course.appendingPathComponent("Tests/Hidden/exercise-2/tests/StackTests.swift")
        try (try String(contentsOf: suite, encoding: .utf8) + "\n// edited by the instructor\n").write(to: suite, atomically: true, encoding: .utf8)
        XCTAssertFalse(try grade(solution + "\n\n", grader, course: course).suiteReused)
    }

    func testAPoisonedOrTruncatedEntryIsRebuilt() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let grader = try grader(folder)
        XCTAssertEqual(try grade(solution, grader).status, .pass)
        let suites = folder.appendingPathComponent("suites")
        let entries = try FileManager.default.contentsOfDirectory(atPath: suites.path).filter { !$0.hasPrefix(".") }
        XCTAssertEqual(entries.count, 1)
        let object = suites.appendingPathComponent(entries[0]).appendingPathComponent("HiddenTests.o")
        let original = try Data(contentsOf: object)
        try original.prefix(original.count / 2).write(to: object)
        let truncated = try grade(solution + "\n", grader)
        XCTAssertFalse(truncated.suiteReused, "a truncated object is not linked")
        XCTAssertEqual(truncated.status, .pass)
        var poisoned = try Data(contentsOf: object)
        poisoned[poisoned.count / 2] ^= 0xFF
        try poisoned.write(to: object)
        let rebuilt = try grade(solution + "\n\n", grader)
        XCTAssertFalse(rebuilt.suiteReused, "a changed object is not linked")
        XCTAssertEqual(rebuilt.status, .pass)
        XCTAssertTrue(try grade(solution + "\n\n\n", grader).suiteReused, "the rebuilt entry is used again")
    }

    func testTheCacheKeepsTheMostRecentlyUsedEntries() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let cache = SuiteObjectCache(folder: folder.appendingPathComponent("suites"), limit: 2)
        let object = folder.appendingPathComponent("o.o")
        try Data("object".utf8).write(to: object)
        for (index, key) in ["a", "b", "c"].enumerated() {
            cache.store(object.path, key: String(repeating: key, count: 40))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: Double(1_000_000 + index))],
                                                  ofItemAtPath: cache.entry(String(repeating: key, count: 40)).path)
        }
        cache.prune()
        XCTAssertNil(cache.lookup(String(repeating: "a", count: 40)), "the oldest went")
        XCTAssertNotNil(cache.lookup(String(repeating: "c", count: 40)))
    }
}
