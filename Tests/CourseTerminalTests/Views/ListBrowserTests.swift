@testable import CourseModel
@testable import CourseTerminal
import Foundation
import XCTest

/// The interactive list as a value: keys in, cursor, filter and actions out, from a table.
final class ListBrowserTests: XCTestCase {
    func course() -> Course {
        let exercises = (1...3).map { Exercise(id: "exercise-\($0)", number: $0, lessonNumber: $0 == 3 ? 2 : 1,
                                               settings: ExerciseSettings(title: "T\($0)", hints: ["h"])) }
        let lessons = [Lesson(number: 1, slug: "one", title: "One", module: "M", exerciseIDs: ["exercise-1", "exercise-2"], path: "L/01-one.md", body: ""),
                       Lesson(number: 2, slug: "two", title: "Two", module: "M", exerciseIDs: ["exercise-3"], path: "L/02-two.md", body: "")]
        return Course(root: URL(fileURLWithPath: "/nonexistent"), title: "Tiny", formatVersion: 1, lessons: lessons, exercises: exercises, problems: [])
    }

    func testKeysMoveFilterAndAct() {
        let summary = ProgressSummary(states: ["exercise-1": .done, "exercise-2": .pending, "exercise-3": .changed], total: 3,
                                      currentID: "exercise-2")
        let table: [([String], selected: String?, filter: ListBrowser.Filter, last: ListBrowser.Action)] = [
            ([], "exercise-2", .all, .redraw),
            (["j"], "exercise-3", .all, .redraw),
            (["j", "j", "down"], "exercise-3", .all, .redraw),
            (["k", "up"], "exercise-1", .all, .redraw),
            (["G"], "exercise-3", .all, .redraw),
            (["enter"], "exercise-2", .all, .openLesson(1)),
            (["j", "\n"], "exercise-3", .all, .openLesson(2)),
            (["c"], "exercise-2", .all, .check("exercise-2")),
            (["r"], "exercise-2", .all, .reset("exercise-2")),
            (["f"], "exercise-2", .pending, .redraw),
            (["f", "j"], "exercise-3", .pending, .redraw),
            (["f", "f"], "exercise-1", .done, .redraw),
            (["f", "f", "f"], "exercise-1", .all, .redraw),
            (["q"], "exercise-2", .all, .quit),
        ]
        for (keys, selected, filter, last) in table {
            var browser = ListBrowser(course: course(), summary: summary)
            var action = ListBrowser.Action.redraw
            for key in keys { action = browser.handle(key) }
            XCTAssertEqual(browser.selected, selected, "\(keys)")
            XCTAssertEqual(browser.filter, filter, "\(keys)")
            XCTAssertEqual(action, last, "\(keys)")
        }
    }

    func testTheScreenKeepsTheCursorInViewAndEndsWithTheKeys() {
        var browser = ListBrowser(course: course(), summary: ProgressSummary(states: [:], total: 3, currentID: "exercise-1"))
        _ = browser.handle("G")
        let screen = browser.render(course(), height: 8, style: Style(color: false))
        XCTAssertTrue(screen.contains("› • exercise-3"), screen)
        XCTAssertFalse(screen.contains("exercise-1"), "only two rows fit: \(screen)")
        XCTAssertTrue(screen.hasSuffix("↑/↓ or j/k move, Enter lesson, c check, r reset, f filter, q quit"), screen)
    }
}
