@testable import CourseMarkdown
import CourseTestSupport
import XCTest

/// Feeds random and truncated Markdown to the renderer and checks that it never crashes,
/// hangs, or overflows the width outside code blocks.
final class FuzzTests: XCTestCase {
    /// Markdown-significant fragments and words that random snippets are assembled from.
    private static let pieces: [String] = [
        "*", "_", "`", "[", "]", "(", ")", "#", ">", "|", "-", "~", "\n", "\n", " ", " ", "  ",
        "word", "longerword", "x", "1.", "2)", "<", "!", "\\", ":", "http://a.b", "日本", "🎉", "e\u{301}",
        "```", "~~~", "---", "|-|", "<!--", "-->", "    ", "\t", "**", "__", "](", "\u{1B}[31m", "\r\n",
        "supercalifragilisticexpialidociousandthensome",
    ]

    /// Builds a random snippet of up to `maxPieces` fragments.
    private static func snippet(_ generator: inout SeededGenerator, maxPieces: Int) -> String {
        let count = Int.random(in: 0...maxPieces, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
    }

    /// 2,000 inputs: random fragment mixes and random truncations of the fixtures.
    private static func inputs() -> [String] {
        var generator = SeededGenerator(seed: 2024)
        var result: [String] = []
        let fixtures = Fixtures.all.map(\.markdown) + [
            "```swift\nfunc f() { \"\\(x)\" }\n```\n", "```rust\nfn main() { let r = r#\"x\"#; }\n```\n",
            "```python\ndef f():\n    return f'{x}'\n```\n",
        ]
        while result.count < 2_000 {
            switch result.count % 3 {
            case 0, 1:
                result.append(snippet(&generator, maxPieces: 60))
            default:
                let source = Array(fixtures[Int.random(in: 0..<fixtures.count, using: &generator)])
                let cut = Int.random(in: 0...source.count, using: &generator)
                let start = Int.random(in: 0...cut, using: &generator) / 4
                result.append(String(source[start..<cut]))
            }
        }
        return result
    }

    func testRandomAndTruncatedMarkdownRendersSafely() {
        let inputs = FuzzTests.inputs()
        XCTAssertEqual(inputs.count, 2_000)
        let plain = MarkdownRenderer(width: 40, theme: .plain)
        let color = MarkdownRenderer(width: 40, theme: .color)
        for (index, input) in inputs.enumerated() {
            OutputInvariants.check(input, renderer: plain, context: "fuzz #\(index) plain")
            OutputInvariants.check(input, renderer: color, context: "fuzz #\(index) color")
        }
    }

    func testPathologicalInputsTerminate() {
        let inputs = [
            String(repeating: ">", count: 5_000) + " deep",
            String(repeating: "- ", count: 2_000) + "deep list",
            (0..<300).map { String(repeating: "  ", count: $0) + "- level \($0)" }.joined(separator: "\n"),
            String(repeating: "[", count: 3_000) + "x" + String(repeating: "](u)", count: 3_000),
            String(repeating: "*a_", count: 3_000),
            String(repeating: "`", count: 2_000) + "x",
            String(repeating: "| a ", count: 500) + "|\n" + String(repeating: "|---", count: 500) + "|\n"
                + String(repeating: "| 1 ", count: 500) + "|",
            String(repeating: "x", count: 20_000),
            String(repeating: "<!-- ", count: 1_000),
            String(repeating: "```\n", count: 501),
            String(repeating: "1. > - ", count: 500) + "nested",
        ]
        for theme in [TerminalTheme.plain, .color] {
            let renderer = MarkdownRenderer(width: 40, theme: theme)
            for (index, input) in inputs.enumerated() {
                OutputInvariants.check(input, renderer: renderer, context: "pathological #\(index)")
            }
        }
    }

    func testUserEscapeSequencesNeverReachPlainOutput() {
        let output = MarkdownRenderer(width: 40, theme: .plain)
            .render("\u{1B}[31mred\u{1B}[0m and \u{9B}2J and `\u{1B}]0;title\u{07}` and\n```\n\u{1B}[1mcode\n```\n")
        XCTAssertFalse(output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        XCTAssertFalse(output.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
    }
}
