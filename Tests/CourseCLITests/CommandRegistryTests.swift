@testable import CourseCLI
@testable import CourseModel
@testable import CourseTerminal
import CourseTestSupport
import Foundation
import XCTest

/// The registry is the one source of names, flags, usage lines, help and dispatch.
final class CommandRegistryTests: XCTestCase {
    private func run(_ arguments: [String]) -> InProcessCommand.Result {
        InProcessCommand(folder: FileManager.default.temporaryDirectory).run(arguments)
    }

    func testNamesAreUniqueAndEveryCommandHasASummary() {
        XCTAssertEqual(Set(CommandRegistry.names).count, CommandRegistry.all.count)
        for command in CommandRegistry.all {
            XCTAssertFalse(command.summary.isEmpty, command.name)
            XCTAssertTrue(command.usage.hasPrefix("course \(command.name)"), command.usage)
        }
    }

    func testUsageLinesAreDerivedFromDeclaredParameters() {
        let table: [(String, String)] = [
            ("check", "course check [exercise-N] [--json] [--file PATH] [--all] [--seed N]"),
            ("list", "course list [--json] [--plain]"),
            ("watch", "course watch [exercise-N] [--once]"),
            ("solution", "course solution <exercise-N> [--force]"),
            ("validate", "course validate [exercise-N …] [--quick] [--jobs N] [--json] [--fix] [--mutate]"),
            ("lesson", "course lesson <N|slug>"),
            ("init", "course init [DIR] [--title T]"),
            ("import", "course import exercism TRACK_DIR [--exercises SLUG,…] [--into COURSE] [--to DIR] [--per-lesson N]"),
            ("help", "course help [command]"),
            ("install", "course install [--dir DIR]"),
        ]
        for (name, usage) in table {
            XCTAssertEqual(CommandRegistry.command(named: name)?.usage, usage, name)
        }
    }

    func testTheParserKnowsEveryDeclaredFlagAndOption() throws {
        for command in CommandRegistry.all {
            for parameter in command.parameters {
                let needed = (parameter.positionals ?? command.positionals).range.lowerBound
                let words = [command.name, parameter.name] + (parameter.isFlag ? [] : [parameter.rule.example])
                    + Array(repeating: "x", count: needed)
                let parsed = try ParsedArguments.parse(words)
                if parameter.isFlag {
                    XCTAssertTrue(parsed.has(parameter), "\(words)")
                } else {
                    XCTAssertEqual(parsed.value(of: parameter), parameter.rule.example, "\(words)")
                }
            }
        }
    }

    func testHelpListsEveryCommandAndHelpForOneCommandMatchesDashDashHelp() {
        let overview = run(["help"])
        XCTAssertEqual(overview.status, 0)
        XCTAssertEqual(overview.stdout, run(["--help"]).stdout)
        for name in CommandRegistry.names {
            XCTAssertTrue(overview.stdout.contains("  \(name) "), name)
            let help = run(["help", name])
            XCTAssertEqual(help.status, 0, name)
            XCTAssertTrue(help.stdout.hasPrefix("Usage: course \(name)"), help.stdout)
            XCTAssertEqual(help.stdout, run([name, "--help"]).stdout, name)
        }
    }

    func testHelpForAnUnknownCommandSuggestsTheNearestOne() {
        let result = run(["help", "chek"])
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("unknown command 'chek'. Did you mean 'check'?"), result.stderr)
    }

    func testAMisspelledCommandIsSuggestedFromTheRegistry() {
        XCTAssertThrowsError(try ParsedArguments.parse(["valdate"])) { error in
            XCTAssertEqual(error as? CourseError, .usage("unknown command 'valdate'. Did you mean 'validate'?"))
        }
    }
}
