@testable import CourseAuthoring
@testable import CourseModel
import CourseTestSupport
import XCTest

/// The runner with the real `swiftc` on a copy of the example course: a suite that kills a mutant,
/// a weaker suite that lets one survive, and an equivalence mark that takes it out of the score.
final class MutationRunnerEndToEndTests: XCTestCase {
    /// Exercise 2's stack, with a suite that never looks at `peek`.
    let weakSuite = """
    import XCTest

    final class StackTests: XCTestCase {
        func testPushThenPopReturnsTheSameItem() {
            var stack = Stack<Int>()
            stack.push(1)
            XCTAssertEqual(stack.pop(), 1)
        }
    }
    """

    func testSuitesKillMutantsLetOthersSurviveAndMarksExcludeThem() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let scratch = try TestSupport.temporaryFolder(self)
        let runner = MutationRunner(grader: try TestSupport.grader(scratch: scratch), options: MutationOptions(workers: 2))

        // The real suite kills every mutant of the stack.
        var course = try CourseLoader.load(root: root)
        let strong = runner.run(course: course, exercises: [try course.exercise("exercise-2")]).exercises[0]
        XCTAssertNil(strong.note)
        XCTAssertGreaterThan(strong.killed, 0, "\(strong.mutants)")
        XCTAssertEqual(strong.survived, 0, "\(strong.survivors)")
        XCTAssertEqual(strong.score, 1)
        let removedAppend = strong.mutants.first { $0.mutationOperator == .removedStatement && $0.original == "items.append(item)" }
        XCTAssertEqual(removedAppend?.outcome, .killed, "a push that forgets the item fails the suite")

        // A suite that never reads peek lets `return nil` there survive.
        let suite = root.appendingPathComponent("Tests/Hidden/exercise-2/tests/StackTests.swift")
        try weakSuite.write(to: suite, atomically: true, encoding: .utf8)
        course = try CourseLoader.load(root: root)
        let weak = runner.run(course: course, exercises: [try course.exercise("exercise-2")])
        let report = weak.exercises[0]
        let survivor = try XCTUnwrap(report.survivors.first { $0.original == "return items.last" }, "\(report.mutants)")
        XCTAssertEqual(survivor.mutated, "return nil")
        XCTAssertEqual(survivor.location, "Solutions/exercise-2.swift:\(survivor.line)")
        XCTAssertEqual(survivor.mutationOperator, .defaultReturn)
        XCTAssertLessThan(report.score, 1)
        XCTAssertEqual(weak.survived, report.survived)

        // Marked equivalent (by its lines), it is no longer run or counted; a mark that matches nothing is stale.
        let settings = root.appendingPathComponent("Tests/Hidden/exercise-2/exercise.json")
        try """
        {"title": "A generic stack", "hints": ["h"], "timeout_seconds": 3, "equivalent_mutants": [
          {"original": "return items.last", "mutated": "return nil", "reason": "this suite does not test peek"},
          {"id": "relational@1:1#00000000", "reason": "long gone"}]}
        """.write(to: settings, atomically: true, encoding: .utf8)
        course = try CourseLoader.load(root: root)
        let marked = runner.run(course: course, exercises: [try course.exercise("exercise-2")]).exercises[0]
        XCTAssertEqual(marked.survivors.map(\.original).filter { $0 == "return items.last" }, [])
        XCTAssertEqual(marked.equivalent, 1)
        XCTAssertEqual(marked.mutants.first { $0.outcome == .equivalent }?.reason, "this suite does not test peek")
        XCTAssertEqual(marked.killed + marked.survived, report.killed + report.survived - 1)
        XCTAssertEqual(marked.staleEquivalentMarks.map(\.id), ["relational@1:1#00000000"])
    }

    func testAReferenceSolutionThatFailsItsSuiteIsReportedNotMutated() throws {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let solution = root.appendingPathComponent("Solutions/exercise-1.swift")
        try "func greet(_ name: String) -> String {\n    return \"Hi, \\(name)\"\n}\n".write(to: solution, atomically: true, encoding: .utf8)
        let course = try CourseLoader.load(root: root)
        let runner = MutationRunner(grader: try TestSupport.grader(scratch: try TestSupport.temporaryFolder(self)))
        let report = runner.run(course: course, exercises: [try course.exercise("exercise-1")]).exercises[0]
        XCTAssertEqual(report.mutants, [])
        XCTAssertGreaterThan(report.skipped, 0)
        XCTAssertTrue(report.note?.contains("does not pass its own suite") == true, report.note ?? "no note")
    }
}
