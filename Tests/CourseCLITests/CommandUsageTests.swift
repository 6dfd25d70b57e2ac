@testable import CourseCLI
import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// Every command of the registry, run in process on a copy of the tiny course: each has usage errors with
/// exit status 64, the message, and its own usage line; each has help. A command added to the registry
/// without a row here fails `testEveryCommandHasUsageErrorCases`.
final class CommandUsageTests: XCTestCase {
    /// Per command: arguments and a fragment of the message they must give. None of these grades anything.
    static let usageErrors: [String: [([String], String)]] = [
        "status": [(["status", "extra"], "unexpected argument 'extra'")],
        "next": [(["next", "extra"], "unexpected argument 'extra'")],
        "lesson": [(["lesson"], "name a lesson by number or slug, e.g. 'course lesson 1'"), (["lesson", "99"], "There is no lesson '99'"),
                   (["lesson", "1", "2"], "unexpected argument '2'")],
        "list": [(["list", "--jsn"], "unknown option '--jsn' for 'course list'. Did you mean '--json'?"), (["list", "extra"], "unexpected argument 'extra'")],
        "check": [(["check", "exercise-99"], "There is no exercise 'exercise-99'"), (["check", "--seed", "x"], "--seed takes a whole number"),
                  (["check", "--all", "--file", "x.swift"], "--all checks every exercise's own file"),
                  (["check", "--all", "exercise-1"], "unexpected argument 'exercise-1'"), (["check", "--json=yes"], "--json takes no value")],
        "watch": [(["watch", "exercise-1", "exercise-2"], "unexpected argument 'exercise-2'"), (["watch", "exercise-99"], "There is no exercise")],
        "hint": [(["hint", "exercise-99"], "There is no exercise"), (["hint", "a", "b"], "unexpected argument 'b'")],
        "reset": [(["reset"], "name an exercise, e.g. 'course reset exercise-1'"), (["reset", "exercise-99"], "There is no exercise")],
        "solution": [(["solution"], "name an exercise, e.g. 'course solution exercise-1'"),
                     (["solution", "exercise-1", "--force=yes"], "--force takes no value")],
        "validate": [(["validate", "--jobs", "0"], "--jobs takes a whole number from 1 to 64 (not '0')"),
                     (["validate", "--quick", "exercise-99"], "There is no exercise")],
        "import": [(["import"], "say what to import"), (["import", "svn", "x"], "unknown source 'svn'"),
                   (["import", "exercism"], "name the track's folder"), (["import", "exercism", "t", "--into", "a", "--to", "b"], "not both"),
                   (["import", "exercism", "t", "--per-lesson", "0"], "--per-lesson takes a whole number from 1 to 100 (not '0')")],
        "init": [(["init", "a", "b"], "unexpected argument 'b'"), (["init", "--title", " "], "the course's title is empty")],
        "new": [(["new"], "say what to create"), (["new", "chapter"], "not 'chapter'"), (["new", "exercise"], "--lesson N"),
                (["new", "exercise", "x"], "unexpected argument 'x'"), (["new", "lesson"], "give the lesson's title in quotes")],
        "prewarm": [(["prewarm", "--all", "exercise-1"], "unexpected argument 'exercise-1'"), (["prewarm", "exercise-99"], "There is no exercise")],
        "grade": [(["grade"], "name the folder of submissions"), (["grade", "s", "--format", "html"], "--format takes gradebook, gradescope or junit (not 'html')"),
                  (["grade", "--merge"], "--merge needs the shard output folders"), (["grade", "s", "--late-penalty", "10"], "needs the deadline"),
                  (["grade", "s", "--feedback", "html"], "--feedback takes markdown or text"), (["grade", "s", "--shards", "0"], "--shards takes a whole number")],
        "report": [(["report", "a", "b"], "unexpected argument 'b'")],
        "similarity": [(["similarity"], "name the folder of submissions"), (["similarity", "s", "--top", "-1"], "--top takes a whole number from 0 to 10000")],
        "export": [(["export"], "say where the learner edition goes"), (["export", "--learner", "x", "--hints", "some"], "--hints takes all, first or none (not 'some')")],
        "install": [(["install", "extra"], "unexpected argument 'extra'"), (["install", "--dir"], "--dir needs a value")],
        "help": [(["help", "chek"], "unknown command 'chek'. Did you mean 'check'?"), (["help", "check", "list"], "unexpected argument 'list'")],
    ]

    func testEveryCommandHasUsageErrorCases() {
        for command in CommandRegistry.all {
            XCTAssertFalse(Self.usageErrors[command.name, default: []].isEmpty,
                           "course \(command.name) has no usage error cases in CommandUsageTests.usageErrors")
        }
        XCTAssertEqual(Set(Self.usageErrors.keys), Set(CommandRegistry.names), "a row for a command the registry does not have")
    }

    func testUsageErrorsExitWith64AndShowTheCommandsUsage() throws {
        let course = try InProcessCommand.tinyCourse(self)
        for command in CommandRegistry.all {
            for (arguments, message) in Self.usageErrors[command.name, default: []] {
                let result = course.run(arguments)
                XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
                XCTAssertEqual(result.stdout, "", "\(arguments)")
                XCTAssertTrue(result.stderr.hasPrefix("Error: "), "\(arguments): \(result.stderr)")
                XCTAssertTrue(result.stderr.contains(message), "\(arguments): expected \(message.debugDescription) in \(result.stderr)")
                XCTAssertTrue(result.stderr.contains("Usage: \(command.usage)\nSee 'course \(command.name) --help'."), "\(arguments): \(result.stderr)")
            }
        }
        let progress = course.folder.appendingPathComponent(Layout.progress)
        XCTAssertFalse(FileManager.default.fileExists(atPath: progress.path), "a usage error records nothing")
    }

    func testEveryCommandHasHelpWithItsUsageLine() throws {
        let outside = InProcessCommand(folder: try TestSupport.temporaryFolder(self))
        for command in CommandRegistry.all {
            for arguments in [[command.name, "--help"], ["help", command.name], [command.name, "-h"]] {
                let result = outside.run(arguments)
                XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
                XCTAssertEqual(result.stderr, "", "\(arguments)")
                XCTAssertTrue(result.stdout.hasPrefix("Usage: \(command.usage)\n\n\(command.summary)\n"), "\(arguments): \(result.stdout)")
                for parameter in command.parameters {
                    XCTAssertTrue(result.stdout.contains("  \(parameter.name)"), "\(arguments) does not list \(parameter.name)")
                }
            }
        }
    }

    func testTheOverviewListsEveryGlobalOption() throws {
        let result = InProcessCommand(folder: try TestSupport.temporaryFolder(self)).run(["--help"])
        XCTAssertEqual(result.status, 0)
        for option in GlobalOptions.all {
            XCTAssertTrue(result.stdout.contains("  \(option.spelled)"), "--help does not list \(option.name)")
            XCTAssertTrue(result.stdout.contains(option.help), option.name)
        }
        XCTAssertTrue(result.stdout.contains("  --sandbox auto|require|off\n"), result.stdout)
    }
}
