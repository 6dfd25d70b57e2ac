@testable import CourseMarkdown
import CourseTestSupport
import XCTest

/// Renders every fixture in plain and colour mode and compares with the expected output.
///
/// The colour theme differs from the plain theme only by escape codes plus these plain-only
/// decorations, which are exactly the glyph properties of `TerminalTheme`: bullets (`-` vs `•`),
/// quote prefix (`> ` vs `│ `), code block prefix (four spaces vs `│ `), backticks around
/// inline code, `=`/`-` underlines under level 1–2 headings, and rule/table glyphs
/// (`-`, ` | `, `-+-` vs `─`, ` │ `, `─┼─`).
final class FixtureTests: XCTestCase {
    /// The plain theme's glyphs with colour switched on.
    private var plainGlyphsInColor: TerminalTheme {
        var theme = TerminalTheme.plain
        theme.usesColor = true
        return theme
    }

    /// The colour theme's glyphs with colour switched off.
    private var colorGlyphsWithoutColor: TerminalTheme {
        var theme = TerminalTheme.color
        theme.usesColor = false
        return theme
    }

    func testPlainRenderingMatchesFixtures() {
        let renderer = MarkdownRenderer(width: Fixtures.width, theme: .plain)
        for fixture in Fixtures.all {
            XCTAssertEqual(renderer.render(fixture.markdown), fixture.plain, fixture.name)
        }
    }

    func testColorRenderingContainsExpectedEscapeCodes() {
        let renderer = MarkdownRenderer(width: Fixtures.width, theme: .color)
        for fixture in Fixtures.all {
            let output = renderer.render(fixture.markdown)
            if fixture.colorCodes.isEmpty {
                XCTAssertFalse(output.contains("\u{1B}"), "unexpected escape: \(fixture.name)")
            }
            for code in fixture.colorCodes {
                XCTAssertTrue(output.contains(code),
                              "\(fixture.name): missing \(String(reflecting: code)) in \(String(reflecting: output))")
            }
        }
    }

    func testColorWithPlainDecorationsStripsToExactPlainFixture() {
        let renderer = MarkdownRenderer(width: Fixtures.width, theme: plainGlyphsInColor)
        for fixture in Fixtures.all {
            let output = renderer.render(fixture.markdown)
            XCTAssertEqual(ANSI.strip(output), fixture.plain, fixture.name)
            XCTAssertEqual(output.contains("\u{1B}"), !fixture.colorCodes.isEmpty, fixture.name)
        }
    }

    func testColorThemeStripsToItsOwnLayoutWithoutColor() {
        let colored = MarkdownRenderer(width: Fixtures.width, theme: .color)
        let uncolored = MarkdownRenderer(width: Fixtures.width, theme: colorGlyphsWithoutColor)
        for fixture in Fixtures.all {
            XCTAssertEqual(ANSI.strip(colored.render(fixture.markdown)), uncolored.render(fixture.markdown), fixture.name)
        }
    }

    func testColorThemeDiffersFromPlainOnlyByDocumentedDecorations() {
        let colored = MarkdownRenderer(width: Fixtures.width, theme: .color)
        let source = "# Head\n\n- item `x`\n\n> quote\n\n```\ncode\n```\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        let expected = "Head\n\n• item x\n\n│ quote\n\n│ code\n\n" + String(repeating: "─", count: 40)
            + "\n\na │ b\n──┼──\n1 │ 2\n"
        XCTAssertEqual(ANSI.strip(colored.render(source)), expected)
    }

    func testEveryFixtureSatisfiesOutputInvariants() {
        for theme in [TerminalTheme.plain, .color] {
            let renderer = MarkdownRenderer(width: Fixtures.width, theme: theme)
            for fixture in Fixtures.all {
                OutputInvariants.check(fixture.markdown, renderer: renderer, context: fixture.name)
            }
        }
    }

    func testFixturesCoverEveryConstruct() {
        let all = Fixtures.all.map(\.markdown).joined(separator: "\n")
        for marker in ["# ", "```", "~~~", "> > ", "- ", "1. ", "3) ", "|:-", "---", "***", "<!--", "<https", "](", "**", "`"] {
            XCTAssertTrue(all.contains(marker), "no fixture uses \(marker)")
        }
    }
}
