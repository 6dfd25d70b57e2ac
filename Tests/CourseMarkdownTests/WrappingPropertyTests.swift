@testable import CourseMarkdown
import CourseTestSupport
import Foundation
import XCTest

/// Property tests: wrapped prose never exceeds the width, keeps every word, splits only over-long
/// words, and fills lines greedily.
final class WrappingPropertyTests: XCTestCase {
    /// Letters and wide characters used to build random words.
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + ["日", "本", "é", "ß", "🎉"]

    /// Builds a random word of 1...`maxLength` characters.
    private static func word(_ generator: inout SeededGenerator, maxLength: Int) -> String {
        let length = Int.random(in: 1...maxLength, using: &generator)
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "x" })
    }

    /// Builds a random paragraph of plain words, sometimes wrapped in emphasis or code.
    private static func paragraph(_ generator: inout SeededGenerator) -> (markdown: String, words: [String]) {
        let count = Int.random(in: 1...60, using: &generator)
        var markdown: [String] = []
        var words: [String] = []
        for _ in 0..<count {
            let plain = word(&generator, maxLength: Int.random(in: 0..<10, using: &generator) == 0 ? 70 : 12)
            words.append(plain)
            switch Int.random(in: 0..<8, using: &generator) {
            case 0: markdown.append("*\(plain)*")
            case 1: markdown.append("**\(plain)**")
            default: markdown.append(plain)
            }
        }
        var text = ""
        for (index, piece) in markdown.enumerated() {
            if index > 0 { text += Int.random(in: 0..<6, using: &generator) == 0 ? "\n" : String(repeating: " ", count: Int.random(in: 1...3, using: &generator)) }
            text += piece
        }
        return (text, words)
    }

    func testRandomParagraphsNeverExceedWidthAndKeepWords() {
        var generator = SeededGenerator(seed: 0x5EED)
        for iteration in 0..<400 {
            let width = Int.random(in: 20...100, using: &generator)
            let (markdown, words) = WrappingPropertyTests.paragraph(&generator)
            for theme in [TerminalTheme.plain, .color] {
                let renderer = MarkdownRenderer(width: width, theme: theme)
                let lines = ANSI.strip(renderer.render(markdown)).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                let context = "iteration \(iteration), width \(width), input \(String(reflecting: markdown))"
                for line in lines {
                    XCTAssertLessThanOrEqual(DisplayWidth.of(String(line)), width, context)
                    XCTAssertFalse(line.hasPrefix(" ") || line.hasSuffix(" "), context)
                }
                XCTAssertEqual(lines.joined().filter { $0 != " " }, words.joined(), "text lost: \(context)")
                let outputWords = lines.flatMap { $0.split(separator: " ") }.map(String.init)
                if words.allSatisfy({ DisplayWidth.of($0) <= width }) {
                    XCTAssertEqual(outputWords, words, "a word was split: \(context)")
                    for index in lines.indices.dropLast() {
                        let next = lines[index + 1].split(separator: " ").first.map(String.init) ?? ""
                        XCTAssertGreaterThan(DisplayWidth.of(String(lines[index])) + 1 + DisplayWidth.of(next), width,
                                             "line \(index) could have held the next word: \(context)")
                    }
                }
            }
        }
    }

    func testWidthIsClampedToMinimum() {
        let renderer = MarkdownRenderer(width: 3, theme: .plain)
        XCTAssertEqual(renderer.width, 20)
        let output = renderer.render(String(repeating: "word ", count: 30))
        for line in output.split(separator: "\n") {
            XCTAssertLessThanOrEqual(line.count, 20)
        }
        XCTAssertEqual(MarkdownRenderer(width: Int.max, theme: .plain).width, MarkdownRenderer.maximumWidth)
        XCTAssertEqual(MarkdownRenderer(width: Int.min, theme: .plain).width, MarkdownRenderer.minimumWidth)
    }

    func testWrapperSplitsOnlyOverlongWords() {
        let wrapper = TextWrapper(width: 5)
        let lines = wrapper.wrap([StyledRun("ab abcdefghijkl cd")]).map { $0.map(\.text).joined() }
        XCTAssertEqual(lines, ["ab", "abcde", "fghij", "kl cd"])
    }

    /// Issue 27 (60 columns): a code span wider than the line breaks at its own spaces, never inside a word
    /// ("-> In" / "t32"); with no space in it, it is split as any over-long word.
    func testAnOverWideCodeSpanBreaksAtItsSpacesNotInsideAWord() {
        let markdown = "Swift: `@convention(c) (UnsafeRawPointer?, UnsafeRawPointer?) -> Int32` and `abcdefghijklmnopqrstuvwxyz`."
        for theme in [TerminalTheme.plain, .color] {
            let lines = ANSI.strip(MarkdownRenderer(width: 20, theme: theme).render(markdown)).split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.map { $0.replacingOccurrences(of: "`", with: "") }.prefix(5), [
                "Swift:", "@convention(c)", "(UnsafeRawPointer?,", "UnsafeRawPointer?)", "-> Int32 and",
            ], "\(theme)")
            XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 20 }, "\(lines)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("abcdefghijklmnopqrs") || $0.hasPrefix("`abcdefghijklmnopqr") }, "\(lines)")
        }
    }

    func testWideCharactersAreNeverSplitAcrossTheEdge() {
        let wrapper = TextWrapper(width: 5)
        let lines = wrapper.wrap([StyledRun("日本語日本語")]).map { $0.map(\.text).joined() }
        XCTAssertEqual(lines, ["日本", "語日", "本語"])
    }
}
