@testable import CourseTerminal
import XCTest

/// Screen text wrapped at word boundaries to the terminal's width, from a table.
final class LineWrapperTests: XCTestCase {
    func testLinesWrapAtWordsUnderTheirIndentation() {
        let table: [(String, Int, String)] = [
            ("short line", 20, "short line"),
            ("Palette should be a value type", 20, "Palette should be a\nvalue type"),
            ("      expected: a very long value here", 24, "      expected: a very\n      long value here"),
            ("  ✗ peek shows the top without removing it", 24, "  ✗ peek shows the top\n    without removing it"),
            ("Next: 'course hint exercise-2' for a hint", 24, "Next:\n'course hint exercise-2'\nfor a hint"),
            ("a supercalifragilisticexpialidocious word", 20, "a\nsupercalifragilisticexpialidocious\nword"),
            ("one\ntwo three four five", 11, "one\ntwo three\nfour five"),
        ]
        for (text, width, expected) in table {
            XCTAssertEqual(LineWrapper.wrap(text, width: width), expected, text)
        }
    }

    /// Issue 27, bug 4: a compiler snippet is code: its spaces stay, so the caret stays under its column;
    /// a line too wide is cut with `…`, never wrapped as prose.
    func testCompilerSnippetLinesAreCutNotWrapped() {
        let snippet = [
            " 6 |         let total: Int = \"zero\" + somethingLongerThanTheLine",
            "   |                          `- error: cannot convert value of type 'String' to specified type 'Int'",
        ]
        for width in [40, 60] {
            let wrapped = LineWrapper.wrap(snippet.joined(separator: "\n"), width: width).split(separator: "\n").map(String.init)
            XCTAssertEqual(wrapped.count, 2, "one screen line per snippet line at \(width): \(wrapped)")
            for (line, original) in zip(wrapped, snippet) {
                XCTAssertEqual(LineWrapper.visibleWidth(line), width, line)
                XCTAssertTrue(line.hasSuffix("…"), line)
                XCTAssertTrue(original.hasPrefix(String(line.dropLast())), "the spaces stay: \(line)")
            }
        }
        let short = "   |      `- error: short"
        XCTAssertEqual(LineWrapper.wrap(short, width: 60), short, "a line that fits is left alone")
        let coloured = "\u{1B}[2m 6 |\u{1B}[0m         let total: Int = 123456789012345678901234567890"
        let cut = LineWrapper.wrap(coloured, width: 30)
        XCTAssertEqual(LineWrapper.visibleWidth(cut), 30, cut)
        XCTAssertTrue(cut.hasSuffix("…\u{1B}[0m"), cut)
        XCTAssertEqual(LineWrapper.wrap("      expected: a | b value", width: 20), "      expected: a |\n      b value", "prose with a bar is prose")
    }

    func testEscapeSequencesTakeNoWidthAndColouredCommandsStayWhole() {
        let style = Style(color: true)
        let line = "Next: " + style.command("course check exercise-2") + " to check"
        XCTAssertEqual(LineWrapper.wrap(line, width: 30), "Next: " + style.command("course check exercise-2") + "\nto check")
        XCTAssertEqual(LineWrapper.wrap(line, width: 25), "Next:\n" + style.command("course check exercise-2") + "\nto check")
        let green = style.green("✓") + " passes"
        XCTAssertEqual(LineWrapper.wrap(green, width: 12), green, "8 visible columns fit in 12")
        let link = "\u{1B}]8;;file:///c/x.swift\u{1B}\\x.swift\u{1B}]8;;\u{1B}\\"
        XCTAssertEqual(LineWrapper.visibleWidth(link), 7)
    }

    func testEveryWrappedLineFits() {
        let text = String(repeating: "word ", count: 60) + "\n    " + String(repeating: "indented ", count: 30)
        for width in [20, 37, 60, 100] {
            for line in LineWrapper.wrap(text, width: width).split(separator: "\n") {
                XCTAssertLessThanOrEqual(LineWrapper.visibleWidth(String(line)), width, "\(width): \(line)")
            }
        }
    }
}
