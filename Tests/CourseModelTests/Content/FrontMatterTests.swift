import CourseModel
import CourseTestSupport
import XCTest

final class FrontMatterTests: XCTestCase {
    func testParsesFieldsLinesAndBody() {
        let text = "---\ntitle: First steps\nmodule: Basics\nexercises: exercise-1, exercise-2\n---\n\n# First steps\n\nHello.\n"
        let (front, issues) = FrontMatter.parse(text)
        XCTAssertTrue(issues.isEmpty, "\(issues)")
        XCTAssertEqual(front.fields, ["title": "First steps", "module": "Basics", "exercises": "exercise-1, exercise-2"])
        XCTAssertEqual(front.lines, ["title": 2, "module": 3, "exercises": 4])
        XCTAssertEqual(front.body, "\n# First steps\n\nHello.\n")
        XCTAssertEqual(front.bodyStartLine, 6)
    }

    func testTextWithoutFrontMatterIsAllBody() {
        let text = "# Just a heading\n\ntitle: not front matter\n"
        let (front, issues) = FrontMatter.parse(text)
        XCTAssertTrue(issues.isEmpty)
        XCTAssertEqual(front.fields, [:])
        XCTAssertEqual(front.lines, [:])
        XCTAssertEqual(front.body, text)
        XCTAssertEqual(front.bodyStartLine, 1)
    }

    func testEmptyTextIsEmptyBody() {
        let (front, issues) = FrontMatter.parse("")
        XCTAssertTrue(issues.isEmpty)
        XCTAssertEqual(front.fields, [:])
        XCTAssertEqual(front.body, "")
    }

    func testUnclosedFrontMatterIsReportedOnLineOne() {
        let (front, issues) = FrontMatter.parse("---\ntitle: Open\nmodule: Basics\n")
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.line, 1)
        XCTAssertTrue(issues.first?.message.contains("never closed") == true, issues.first?.message ?? "")
        XCTAssertEqual(front.fields["title"], "Open")
        XCTAssertEqual(front.body, "")
    }

    func testDuplicateKeyIsReportedWithItsLineAndTheLastValueWins() {
        let (front, issues) = FrontMatter.parse("---\ntitle: One\ntitle: Two\n---\nbody")
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.line, 3)
        XCTAssertEqual(issues.first?.message, "'title' is given twice")
        XCTAssertEqual(front.fields["title"], "Two")
        XCTAssertEqual(front.lines["title"], 3)
    }

    func testLineWithoutColonIsReported() {
        let (front, issues) = FrontMatter.parse("---\ntitle: A\njust some words\n---\n")
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.line, 3)
        XCTAssertTrue(issues.first?.message.contains("has no ':'") == true)
        XCTAssertEqual(front.fields, ["title": "A"])
    }

    func testEmptyKeyIsReported() {
        let (front, issues) = FrontMatter.parse("---\n: value\n---\n")
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.line, 2)
        XCTAssertTrue(issues.first?.message.contains("needs a key") == true)
        XCTAssertEqual(front.fields, [:])
    }

    func testCommentsAndBlankLinesAreSkipped() {
        let (front, issues) = FrontMatter.parse("---\n# a comment\n\ntitle: A\n   \n---\nbody")
        XCTAssertTrue(issues.isEmpty, "\(issues)")
        XCTAssertEqual(front.fields, ["title": "A"])
        XCTAssertEqual(front.lines["title"], 4)
        XCTAssertEqual(front.body, "body")
        XCTAssertEqual(front.bodyStartLine, 7)
    }

    func testKeysAreLowercasedValuesTrimmedAndUnquoted() {
        let (front, issues) = FrontMatter.parse("---\n  Title  :   \"Quoted: with colon\"  \nMODULE: 'Single'\nexercises: \"\n---\n")
        XCTAssertTrue(issues.isEmpty, "\(issues)")
        XCTAssertEqual(front.fields["title"], "Quoted: with colon")
        XCTAssertEqual(front.fields["module"], "Single")
        XCTAssertEqual(front.fields["exercises"], "\"", "a lone quote is not a quoted value")
    }

    func testValueMayContainColons() {
        let (front, _) = FrontMatter.parse("---\ntitle: Ratios: 1:2 and 3:4\n---\n")
        XCTAssertEqual(front.fields["title"], "Ratios: 1:2 and 3:4")
    }

    func testOpeningLineMayHaveABOMAndSurroundingSpaces() {
        let (front, issues) = FrontMatter.parse("\u{FEFF}---  \ntitle: A\n  ---  \nbody")
        XCTAssertTrue(issues.isEmpty, "\(issues)")
        XCTAssertEqual(front.fields, ["title": "A"])
        XCTAssertEqual(front.body, "body")
    }

    /// Lesson files saved on Windows use CRLF line endings; they must parse like LF files.
    func testWindowsLineEndingsParseLikeUnixOnes() {
        let (front, issues) = FrontMatter.parse("---\r\ntitle: First steps\r\nmodule: Basics\r\n---\r\n# Body\r\n")
        XCTAssertTrue(issues.isEmpty, "\(issues)")
        XCTAssertEqual(front.fields, ["title": "First steps", "module": "Basics"])
        XCTAssertEqual(front.lines, ["title": 2, "module": 3])
        XCTAssertEqual(front.bodyStartLine, 5)
        XCTAssertTrue(front.body.hasPrefix("# Body"), front.body)
    }
}
