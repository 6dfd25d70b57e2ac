@testable import CourseMarkdown
import CourseTestSupport
import XCTest

/// Tests escape stripping, trailing-space trimming and display-width measurement.
final class ANSITests: XCTestCase {
    func testStripRemovesEscapeSequences() {
        let cases: [(String, String)] = [
            ("\u{1B}[1;35mTitle\u{1B}[0m", "Title"),
            ("a\u{1B}[38;5;208mb\u{1B}[0mc", "abc"),
            ("\u{1B}]8;;https://x\u{07}link\u{1B}]8;;\u{1B}\\", "link"),
            ("\u{1B}(Bplain", "plain"),
            ("\u{9B}31mx", "x"),
            ("no escapes │ •", "no escapes │ •"),
            ("trailing\u{1B}", "trailing"),
            ("\u{1B}[", ""),
            ("", ""),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(ANSI.strip(input), expected, String(reflecting: input))
        }
    }

    func testTrimmingKeepsEscapesAfterTrailingSpaces() {
        XCTAssertEqual(ANSI.trimmingTrailingSpaces("ab  \u{1B}[0m  "), "ab\u{1B}[0m")
        XCTAssertEqual(ANSI.trimmingTrailingSpaces("\u{1B}[90m│ \u{1B}[0m"), "\u{1B}[90m│\u{1B}[0m")
        XCTAssertEqual(ANSI.trimmingTrailingSpaces("   "), "")
        XCTAssertEqual(ANSI.trimmingTrailingSpaces("\u{1B}[2m \u{1B}[0m"), "")
        XCTAssertEqual(ANSI.trimmingTrailingSpaces(" a b "), " a b")
    }

    func testDisplayWidth() {
        let cases: [(String, Int)] = [
            ("abc", 3), ("日本語", 6), ("🎉", 2), ("e\u{301}", 1), ("\u{301}", 0), ("ｆｕｌｌ", 8),
            ("한국어", 6), ("\u{1B}[1mbold\u{1B}[0m", 4), ("👍🏽", 2), ("🇫🇷", 2), ("❤️", 2), ("a\u{200B}b", 2), ("", 0),
        ]
        for (text, width) in cases {
            XCTAssertEqual(DisplayWidth.of(text), width, String(reflecting: text))
        }
    }
}
