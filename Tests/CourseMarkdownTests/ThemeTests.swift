@testable import CourseMarkdown
import CourseTestSupport
import XCTest

/// Tests the built-in themes and the handling of custom, possibly hostile, theme glyphs.
final class ThemeTests: XCTestCase {
    func testBuiltInThemes() {
        XCTAssertFalse(TerminalTheme.plain.usesColor)
        XCTAssertTrue(TerminalTheme.color.usesColor)
        XCTAssertEqual(TerminalTheme.plain.bullet, "-")
        XCTAssertEqual(TerminalTheme.color.bullet, "•")
        XCTAssertEqual(TerminalTheme.plain.quotePrefix, "> ")
        XCTAssertEqual(TerminalTheme.color.codeBlockPrefix, "│ ")
    }

    func testCustomGlyphsAreSanitized() {
        var theme = TerminalTheme.plain
        theme.bullet = "\u{1B}[31m*"
        theme.ruleCharacter = "日"
        theme.tableColumnSeparator = " ‖ "
        theme.tableRuleJunction = "="
        let output = MarkdownRenderer(width: 20, theme: theme).render("- a\n\n---\n\n| x | y |\n|---|---|\n| 1 | 2 |\n")
        XCTAssertFalse(output.contains("\u{1B}"))
        XCTAssertEqual(output, "[31m* a\n\n" + String(repeating: "-", count: 20) + "\n\nx ‖ y\n-----\n1 ‖ 2\n")
    }

    func testUsesColorIsTheOnlySwitchForEscapes() {
        var theme = TerminalTheme.color
        theme.usesColor = false
        let output = MarkdownRenderer(width: 40, theme: theme).render("# T\n\n**b** `c`\n\n```swift\nlet x = 1\n```\n")
        XCTAssertEqual(output, "T\n\nb c\n\n│ let x = 1\n")
    }
}
