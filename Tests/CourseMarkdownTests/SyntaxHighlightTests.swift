@testable import CourseMarkdown
import CourseTestSupport
import XCTest

/// Checks syntax highlighting of fenced code blocks for Swift, Rust and Python.
final class SyntaxHighlightTests: XCTestCase {
    /// Wraps `text` in the SGR code `parameters`.
    private static func sgr(_ parameters: String, _ text: String) -> String {
        "\u{1B}[\(parameters)m\(text)\u{1B}[0m"
    }

    /// Table of languages, sources and the fragments their highlighting must produce.
    private static let cases: [HighlightCase] = [
        HighlightCase(language: "swift", code: """
        @MainActor
        public struct Greeter: Sendable {
            static let count = 42 // answer
            func greet(_ name: String) async throws -> String {
                /* block /* nested */ still */
                guard let x = value else { return "Hi \\(name)!\\n" }
                return #"raw \\ text"#
            }
        }
        """, expected: [
            sgr("94", "@MainActor"), sgr("1;35", "public"), sgr("1;35", "struct"), sgr("36", "Greeter"),
            sgr("36", "Sendable"), sgr("1;35", "static"), sgr("33", "42"), sgr("3;90", "// answer"),
            sgr("1;35", "async"), sgr("1;35", "throws"), sgr("1;35", "guard"),
            sgr("3;90", "/* block /* nested */ still */"), sgr("32", "\"Hi "), sgr("93", "\\(name)"),
            sgr("96", "\\n"), sgr("32", "#\"raw \\ text\"#"),
        ]),
        HighlightCase(language: "swift", code: """
        let text = \"\"\"
            multi \\(line)
            \"\"\"
        extension Foo where Self: Actor { mutating func f(x: inout Int, y: borrowing T) {} }
        """, expected: [
            sgr("32", "\"\"\""), sgr("93", "\\(line)"), sgr("1;35", "extension"), sgr("1;35", "where"),
            sgr("1;35", "Self"), sgr("1;35", "mutating"), sgr("1;35", "inout"), sgr("1;35", "borrowing"),
        ]),
        HighlightCase(language: "rust", code: """
        #[derive(Debug)]
        pub struct Point<'a> { name: &'a str, boxed: Box<i32> }
        impl Point<'_> {
            fn new(mut v: Vec<u8>) -> Self { println!("x = {}\\n", 1.5); let c = 'c'; v }
        }
        let r = r#"raw "quoted""#; // done
        """, expected: [
            sgr("94", "#[derive(Debug)]"), sgr("1;35", "pub"), sgr("1;35", "struct"), sgr("94", "'a"),
            sgr("36", "str"), sgr("36", "Box"), sgr("36", "i32"), sgr("1;35", "impl"), sgr("1;35", "fn"),
            sgr("1;35", "mut"), sgr("36", "Vec"), sgr("1;35", "Self"), sgr("94", "println!"),
            sgr("32", "\"x = {}"), sgr("96", "\\n"), sgr("33", "1.5"), sgr("32", "'c'"),
            sgr("32", "r#\"raw \"quoted\"\"#"), sgr("3;90", "// done"),
        ]),
        HighlightCase(language: "py", code: """
        @dataclass
        class Point(Base):
            def move(self, dx: int) -> None:
                # shift it
                if dx > 0 and not self.frozen:
                    return f"moved {dx} {{ok}}"
                elif dx is None: yield 'no\\n'
                doc = \"\"\"multi
        line\"\"\"
        """, expected: [
            sgr("94", "@dataclass"), sgr("1;35", "class"), sgr("36", "Point"), sgr("1;35", "def"),
            sgr("1;35", "self"), sgr("36", "int"), sgr("1;35", "None"), sgr("3;90", "# shift it"),
            sgr("1;35", "if"), sgr("33", "0"), sgr("1;35", "and"), sgr("1;35", "not"),
            sgr("32", "f\"moved "), sgr("93", "{dx}"), sgr("32", " {{ok}}\""), sgr("1;35", "elif"),
            sgr("1;35", "yield"), sgr("32", "'no"), sgr("32", "\"\"\"multi"), sgr("32", "line\"\"\""),
        ]),
    ]

    func testLanguagesAreHighlighted() {
        let renderer = MarkdownRenderer(width: 40, theme: .color)
        for testCase in SyntaxHighlightTests.cases {
            let output = renderer.render("```\(testCase.language)\n\(testCase.code)\n```\n")
            for fragment in testCase.expected {
                XCTAssertTrue(output.contains(fragment),
                              "\(testCase.language): missing \(String(reflecting: fragment)) in\n\(String(reflecting: output))")
            }
            let plainCode = MarkdownRenderer(width: 40, theme: .plain).render("```\(testCase.language)\n\(testCase.code)\n```\n")
            let expectedPlain = testCase.code.split(separator: "\n", omittingEmptySubsequences: false)
                .map { line in line.isEmpty ? "" : "    " + line }
                .joined(separator: "\n") + "\n"
            XCTAssertEqual(plainCode, expectedPlain, "\(testCase.language): plain code must be verbatim")
        }
    }

    func testHighlightingPreservesTextAndLineCount() {
        for testCase in SyntaxHighlightTests.cases {
            guard let language = SyntaxLanguage.named(testCase.language) else {
                return XCTFail("unknown language \(testCase.language)")
            }
            let lines = testCase.code.components(separatedBy: "\n")
            let highlighted = CodeHighlighter(language: language).highlight(lines)
            XCTAssertEqual(highlighted.map { $0.map(\.text).joined() }, lines, testCase.language)
        }
    }

    func testUnknownOrMissingLanguageIsNotHighlighted() {
        let renderer = MarkdownRenderer(width: 40, theme: .color)
        for fence in ["```", "```text", "```cobol", "~~~ fortran"] {
            let closing = fence.hasPrefix("~") ? "~~~" : "```"
            let output = renderer.render("\(fence)\nfunc let fn def 42 // x\n\(closing)\n")
            XCTAssertEqual(output, "\u{1B}[90m│ \u{1B}[0mfunc let fn def 42 // x\n", fence)
        }
    }

    func testLanguageAliases() {
        XCTAssertNotNil(SyntaxLanguage.named("Swift"))
        XCTAssertNotNil(SyntaxLanguage.named("rs"))
        XCTAssertNotNil(SyntaxLanguage.named("python3"))
        XCTAssertNil(SyntaxLanguage.named("swiftish"))
        XCTAssertNil(SyntaxLanguage.named(nil))
    }

    func testUnterminatedLiteralsStillTerminate() {
        let renderer = MarkdownRenderer(width: 40, theme: .color)
        for language in ["swift", "rust", "python"] {
            for code in ["\"open", "/* open", "\"\"\"open\nmore", "#\"raw", "r#\"raw", "'", "#[attr", "f\"{x", "\"\\(x", "\\"] {
                let output = renderer.render("```\(language)\n\(code)\n```\n")
                XCTAssertEqual(ANSI.strip(output).split(separator: "\n").count, code.split(separator: "\n").count,
                               "\(language): \(code)")
            }
        }
    }
}
