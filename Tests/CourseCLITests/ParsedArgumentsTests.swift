import CourseCLI
import CourseModel
import CourseTerminal
import CourseTestSupport
import XCTest

final class ParsedArgumentsTests: XCTestCase {
    private func parse(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) -> ParsedArguments? {
        do {
            return try ParsedArguments.parse(arguments)
        } catch {
            XCTFail("\(arguments) should parse, but threw \(error)", file: file, line: line)
            return nil
        }
    }

    private func usageError(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) -> String? {
        do {
            let parsed = try ParsedArguments.parse(arguments)
            XCTFail("\(arguments) should be a usage error, but parsed as \(parsed)", file: file, line: line)
        } catch CourseError.usage(let text) {
            return text
        } catch {
            XCTFail("\(arguments) threw \(error), not CourseError.usage", file: file, line: line)
        }
        return nil
    }

    func testEmptyCommandLine() {
        XCTAssertEqual(parse([]), ParsedArguments())
    }

    func testGlobalOptionsBeforeOrAfterTheCommandMeanTheSame() {
        var expected = ParsedArguments()
        expected.command = "check"
        expected.positionals = ["exercise-1"]
        expected.flags = ["--json"]
        expected.coursePath = "/some/course"
        expected.color = .never
        expected.pager = false
        let table: [[String]] = [
            ["--course", "/some/course", "--color", "never", "--no-pager", "check", "exercise-1", "--json"],
            ["check", "exercise-1", "--json", "--course", "/some/course", "--color", "never", "--no-pager"],
            ["--color=never", "check", "--course=/some/course", "--json", "exercise-1", "--no-pager"],
            ["--no-pager", "check", "--json", "--color=never", "exercise-1", "--course", "/some/course"],
        ]
        for arguments in table {
            XCTAssertEqual(parse(arguments), expected, "\(arguments)")
        }
    }

    func testColorChoices() {
        XCTAssertEqual(parse(["--color=never"])?.color, .never)
        XCTAssertEqual(parse(["--color", "always", "list"])?.color, .always)
        XCTAssertEqual(parse(["list", "--color=auto"])?.color, .auto)
        XCTAssertEqual(parse(["list"])?.color, .auto)
        XCTAssertEqual(usageError(["--color=purple"]), "--color takes auto, always or never (not 'purple')")
        XCTAssertEqual(usageError(["--color="]), "--color needs a value", "an empty inline value is no value")
    }

    func testCourseNeedsAValue() {
        XCTAssertEqual(usageError(["--course"]), "--course needs a value")
        XCTAssertEqual(usageError(["list", "--course"]), "--course needs a value")
        XCTAssertEqual(usageError(["--color"]), "--color needs a value")
        XCTAssertEqual(parse(["--course", "--json"])?.coursePath, "--json", "the next word is the value, whatever it looks like")
    }

    func testHelpAndVersion() {
        XCTAssertEqual(parse(["--help"])?.help, true)
        XCTAssertEqual(parse(["-h"])?.help, true)
        let checkHelp = parse(["check", "--help"])
        XCTAssertEqual(checkHelp?.command, "check")
        XCTAssertEqual(checkHelp?.help, true)
        XCTAssertEqual(parse(["--version"])?.version, true)
        XCTAssertEqual(parse(["list"])?.help, false)
        XCTAssertEqual(parse(["list"])?.version, false)
    }

    func testUnknownOptionsAreUsageErrors() {
        XCTAssertEqual(usageError(["list", "--bogus"]), "unknown option '--bogus' for 'course list'")
        XCTAssertEqual(usageError(["--bogus"]), "unknown option '--bogus'")
        XCTAssertEqual(usageError(["-x", "check"]), "unknown option '-x'")
        XCTAssertEqual(usageError(["--json", "check"]), "unknown option '--json'", "--json before the command has no command yet")
        XCTAssertEqual(usageError(["list", "--force"]), "unknown option '--force' for 'course list'")
        XCTAssertEqual(usageError(["check", "--json=yes"]), "unknown option '--json=yes' for 'course check'")
        XCTAssertEqual(usageError(["hint", "--once"]), "unknown option '--once' for 'course hint'")
    }

    func testCommandFlags() {
        let table: [([String], Set<String>)] = [
            (["check", "--json"], ["--json"]),
            (["list", "--json"], ["--json"]),
            (["solution", "exercise-2", "--force"], ["--force"]),
            (["validate", "--quick", "--json"], ["--json", "--quick"]),
            (["watch", "--once"], ["--once"]),
        ]
        for (arguments, flags) in table {
            XCTAssertEqual(parse(arguments)?.flags, flags, "\(arguments)")
        }
    }

    func testValuedCommandOptions() {
        let new = parse(["new", "exercise", "--lesson", "3", "--title=Closures"])
        XCTAssertEqual(new?.command, "new")
        XCTAssertEqual(new?.positionals, ["exercise"])
        XCTAssertEqual(new?.options, ["--lesson": "3", "--title": "Closures"])
        XCTAssertEqual(parse(["validate", "--jobs=4"])?.options, ["--jobs": "4"])
        XCTAssertEqual(usageError(["validate", "--jobs"]), "--jobs needs a value")
        XCTAssertEqual(usageError(["check", "--lesson", "3"]), "unknown option '--lesson' for 'course check'")
    }

    func testPositionalsAndDoubleDash() {
        let parsed = parse(["lesson", "3"])
        XCTAssertEqual(parsed?.command, "lesson")
        XCTAssertEqual(parsed?.positionals, ["3"])
        let dashed = parse(["check", "--", "--json", "-"])
        XCTAssertEqual(dashed?.positionals, ["--json", "-"])
        XCTAssertEqual(dashed?.flags, [])
        XCTAssertEqual(parse(["check", "-"])?.positionals, ["-"], "a lone dash is a word")
        XCTAssertEqual(parse(["check", "a", "b"])?.positionals, ["a", "b"])
    }
}
