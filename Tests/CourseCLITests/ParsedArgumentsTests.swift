@testable import CourseCLI
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
        expected.flags = ["--json", "--no-pager"]
        expected.options = ["--course": "/some/course", "--color": "never"]
        let table: [[String]] = [
            ["--course", "/some/course", "--color", "never", "--no-pager", "check", "exercise-1", "--json"],
            ["check", "exercise-1", "--json", "--course", "/some/course", "--color", "never", "--no-pager"],
            ["--color=never", "check", "--course=/some/course", "--json", "exercise-1", "--no-pager"],
            ["--no-pager", "check", "--json", "--color=never", "exercise-1", "--course", "/some/course"],
        ]
        for arguments in table {
            let parsed = parse(arguments)
            XCTAssertEqual(parsed, expected, "\(arguments)")
            XCTAssertEqual(parsed?.coursePath, "/some/course")
            XCTAssertEqual(parsed?.color, .never)
            XCTAssertEqual(parsed?.pager, false)
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
        XCTAssertEqual(usageError(["check", "--json=yes"]), "--json takes no value (not '--json=yes')")
        XCTAssertEqual(usageError(["list", "--jsn"]), "unknown option '--jsn' for 'course list'. Did you mean '--json'?")
        XCTAssertEqual(usageError(["--corse", "x"]), "unknown option '--corse'. Did you mean '--course'?")
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
        XCTAssertEqual(parse(["validate", "--jobs", "4"])?.integer(ValidateCommand.jobs), 4)
    }

    func testPositionalsAndDoubleDash() {
        let parsed = parse(["lesson", "3"])
        XCTAssertEqual(parsed?.command, "lesson")
        XCTAssertEqual(parsed?.positionals, ["3"])
        let dashed = parse(["validate", "--", "--json", "-"])
        XCTAssertEqual(dashed?.positionals, ["--json", "-"])
        XCTAssertEqual(dashed?.flags, [])
        XCTAssertEqual(parse(["check", "-"])?.positionals, ["-"], "a lone dash is a word")
        XCTAssertEqual(parse(["validate", "a", "b"])?.positionals, ["a", "b"])
    }

    /// Each mistake in a value has one message, from the parameter's rule, whatever the command.
    func testValuesAreCheckedByTheirRule() {
        let table: [([String], String)] = [
            (["validate", "--jobs", "x"], "--jobs takes a whole number from 1 to 64 (not 'x')"),
            (["validate", "--jobs=0"], "--jobs takes a whole number from 1 to 64 (not '0')"),
            (["grade", "s", "--jobs", "65"], "--jobs takes a whole number from 1 to 64 (not '65')"),
            (["similarity", "s", "--top", "-1"], "--top takes a whole number from 0 to 10000 (not '-1')"),
            (["import", "--per-lesson", "1.5"], "--per-lesson takes a whole number from 1 to 100 (not '1.5')"),
            (["check", "--seed", "18446744073709551616"], "--seed takes a whole number from 0 to 18446744073709551615 (not '18446744073709551616')"),
            (["grade", "s", "--shards", "+3"], "--shards takes a whole number from 1 to 100000 (not '+3')"),
            (["--sandbox", "maybe"], "--sandbox takes auto, require or off (not 'maybe')"),
            (["grade", "s", "--format", "html"], "--format takes gradebook, gradescope or junit (not 'html')"),
            (["grade", "s", "--feedback", "html"], "--feedback takes markdown or text (not 'html')"),
            (["export", "--hints", "some"], "--hints takes all, first or none (not 'some')"),
        ]
        for (arguments, message) in table {
            XCTAssertEqual(usageError(arguments), message, "\(arguments)")
        }
        XCTAssertEqual(parse(["check", "--seed", "18446744073709551615"])?.wholeNumber(CheckCommand.seed), UInt64.max)
        XCTAssertEqual(parse(["--sandbox=off"])?.sandbox, .off)
    }

    /// The count of words after a command is the command's (or a given flag's), checked before it runs.
    func testPositionalCountsAreDeclared() {
        let table: [([String], String)] = [
            (["list", "extra"], "unexpected argument 'extra'"),
            (["status", "extra"], "unexpected argument 'extra'"),
            (["check", "exercise-1", "exercise-2"], "unexpected argument 'exercise-2'"),
            (["check", "--all", "exercise-1"], "unexpected argument 'exercise-1'"),
            (["prewarm", "--all", "exercise-1"], "unexpected argument 'exercise-1'"),
            (["lesson"], "name a lesson by number or slug, e.g. 'course lesson 1'"),
            (["reset"], "name an exercise, e.g. 'course reset exercise-1'"),
            (["grade"], "name the folder of submissions, e.g. course grade submissions/ (one folder per student)"),
            (["grade", "a", "b"], "unexpected argument 'b'"),
            (["grade", "--merge"], "--merge needs the shard output folders, e.g. course grade --merge shard-1 shard-2 --out grades"),
        ]
        for (arguments, message) in table {
            XCTAssertEqual(usageError(arguments), message, "\(arguments)")
        }
        XCTAssertEqual(parse(["grade", "--merge", "a", "b", "c"])?.positionals, ["a", "b", "c"])
        XCTAssertEqual(parse(["prewarm", "exercise-1", "exercise-2"])?.positionals, ["exercise-1", "exercise-2"])
        XCTAssertEqual(parse(["lesson", "--help"])?.help, true, "help needs no arguments")
    }
}
