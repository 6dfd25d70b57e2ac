@testable import CourseMarkdown
import CourseTestSupport
import XCTest

/// Assertions that hold for every rendering, whatever the input.
enum OutputInvariants {
    /// Checks the line-level guarantees of `renderer` on `markdown`:
    /// one final newline, no trailing spaces, no double blank lines outside code,
    /// no escapes in plain mode, and no non-code line wider than the renderer's width.
    static func check(
        _ markdown: String, renderer: MarkdownRenderer, context: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let output = renderer.render(markdown)
        let label = "\(context) — input: \(String(reflecting: markdown))"
        XCTAssertTrue(output.hasSuffix("\n"), "missing final newline: \(label)", file: file, line: line)
        XCTAssertFalse(output.hasSuffix("\n\n"), "more than one final newline: \(label)", file: file, line: line)
        if !renderer.theme.usesColor {
            XCTAssertFalse(output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B },
                           "escape in plain output: \(label)", file: file, line: line)
        }
        let lines = renderer.renderLines(markdown)
        XCTAssertEqual(lines.map(\.text).joined(separator: "\n") + "\n", output, label, file: file, line: line)
        var previousBlank = false
        for rendered in lines {
            let visible = ANSI.strip(rendered.text)
            XCTAssertFalse(visible.hasSuffix(" "), "trailing space in \(String(reflecting: visible)): \(label)",
                           file: file, line: line)
            if !rendered.isCode {
                XCTAssertLessThanOrEqual(DisplayWidth.of(visible), renderer.width,
                                         "line too wide: \(String(reflecting: visible)): \(label)",
                                         file: file, line: line)
                let blank = visible.isEmpty
                XCTAssertFalse(blank && previousBlank, "two blank lines in a row: \(label)", file: file, line: line)
                previousBlank = blank
            } else {
                previousBlank = false
            }
        }
    }
}
