@testable import CourseMarkdown
import CourseTestSupport
import XCTest

/// Focused checks of individual parsing and layout decisions, rendered plain at width 40.
final class ParsingEdgeCaseTests: XCTestCase {
    /// Table of (description, markdown, expected plain output).
    private static let cases: [(String, String, String)] = [
        ("CRLF line endings", "a\r\nb\r\n\r\nc", "a b\n\nc\n"),
        ("tab after marker", "-\tone\n\n\tmore", "- one\n\n  more\n"),
        ("tab indents code", "para\n\n\tcode", "para\n\n    code\n"),
        ("intraword underscore stays", "snake_case_here", "snake_case_here\n"),
        ("rule of three", "*foo**bar*", "foo**bar\n"),
        ("code span beats emphasis", "*a `*` b*", "a `*` b\n"),
        ("double backtick span", "``a ` b``", "`a ` b`\n"),
        ("link beats emphasis", "*[a*](u)", "*a* (u)\n"),
        ("nested brackets in link", "[a [b] c](u)", "a [b] c (u)\n"),
        ("link with parens in url", "[w](https://e.org/a_(b))", "w (https://e.org/a_(b))\n"),
        ("link without destination", "[text] and [x]()", "[text] and x\n"),
        ("empty link label shows url", "[](https://x.y)", "https://x.y\n"),
        ("not an autolink", "a <b> c <x y>", "a <b> c <x y>\n"),
        ("setext beats rule", "Title\n---", "Title\n-----\n"),
        ("rule after blank", "para\n\n***", "para\n\n" + String(repeating: "-", count: 40) + "\n"),
        ("list interrupts paragraph", "para\n- item", "para\n\n- item\n"),
        ("ordered list not starting at 1 does not interrupt", "para\n2. two", "para 2. two\n"),
        ("empty list item", "-\n- b", "-\n- b\n"),
        ("heading closing hashes", "### Title ###   ", "Title\n"),
        ("escaped hash is not heading", "\\# no", "# no\n"),
        ("quote lazy line stops at list", "> a\n- b", "> a\n\n- b\n"),
        ("empty quote", ">", ">\n"),
        ("table needs delimiter row", "a | b\nc | d", "a | b c | d\n"),
        ("table cell escaped pipe", "| a |\n|---|\n| x \\| y |", "a\n-----\nx | y\n"),
        ("html comment unclosed stays", "<!-- open\ntext", "<!-- open text\n"),
        ("html comment inline with emphasis", "*a <!-- x --> b*", "a b\n"),
        ("long url splits", "<https://example.com/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa>",
         "https://example.com/aaaaaaaaaaaaaaaaaaaa\naaaaaaaaaaaaaaaaaaaaaaaaa\n"),
        ("code block blank edges trimmed", "```\n\ncode\n\n```", "    code\n"),
        ("empty code block disappears", "a\n\n```\n```\n\nb", "a\n\nb\n"),
        ("ordered start number kept", "7. seven\n8. eight", "7. seven\n8. eight\n"),
        ("quote containing code", "> ```\n> x\n> ```", ">     x\n"),
    ]

    func testEdgeCases() {
        let renderer = MarkdownRenderer(width: 40, theme: .plain)
        for (name, markdown, expected) in ParsingEdgeCaseTests.cases {
            XCTAssertEqual(renderer.render(markdown), expected, name)
        }
    }

    func testDeepNestingIsFlattenedWithinWidth() {
        let markdown = String(repeating: "> ", count: 40) + "deep text that still needs to wrap within the width"
        let renderer = MarkdownRenderer(width: 40, theme: .plain)
        let lines = renderer.render(markdown).split(separator: "\n")
        XCTAssertFalse(lines.isEmpty)
        for line in lines {
            XCTAssertLessThanOrEqual(line.count, 40)
        }
        XCTAssertTrue(lines[0].hasPrefix("> > > > > > > > > > > > > > > "))
    }

    func testBlockParserStructure() {
        let blocks = BlockParser().parse(SourceNormalizer.lines("# H\n\n- a\n  - b\n\n> q\n\n| x |\n|:-:|\n| 1 |"))
        XCTAssertEqual(blocks.count, 4)
        XCTAssertEqual(blocks.first?.block, .heading(level: 1, text: "H"))
        guard case .list(let list)? = blocks.dropFirst().first?.block else { return XCTFail("expected list") }
        XCTAssertEqual(list.items.count, 1)
        XCTAssertEqual(list.items.first?.count, 2)
        guard case .table(let table)? = blocks.last?.block else { return XCTFail("expected table") }
        XCTAssertEqual(table, MarkdownTable(alignments: [.center], header: ["x"], rows: [["1"]]))
    }

    func testInlineEmphasisCounters() {
        let items = InlineParser().parse("***x*** _y_")
        let styled = items.filter { if case .text(let text) = $0.kind { return !text.isEmpty } else { return false } }
        XCTAssertEqual(styled.first?.kind, .text("x"))
        XCTAssertEqual(styled.first?.strong, 1)
        XCTAssertEqual(styled.first?.emphasis, 1)
        XCTAssertEqual(styled.last?.kind, .text("y"))
        XCTAssertEqual(styled.last?.emphasis, 1)
    }
}
