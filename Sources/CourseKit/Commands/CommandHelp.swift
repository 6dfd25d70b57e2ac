/// Usage lines and help text for every command.
public enum CommandHelp {
    public struct Entry {
        public var usage: String
        public var summary: String
        public var details: String
    }

    public static let commands: [(String, Entry)] = [
        ("next", Entry(usage: "course next", summary: "Show the first lesson with unfinished work, and what to do next.",
                       details: "Prints the lesson, then each unfinished exercise's file and the exact command to check it.")),
        ("lesson", Entry(usage: "course lesson <N|slug>", summary: "Show a lesson by number or name.",
                         details: "Example: 'course lesson 3' or 'course lesson values-and-references'.")),
        ("list", Entry(usage: "course list [--json]", summary: "List lessons and exercises with their status and overall progress.",
                       details: "Status is pending, done, or changed (passed once, edited since).\n--json prints id, title, lesson, status and the paths of the learner file and the reference solution.")),
        ("check", Entry(usage: "course check [exercise-N] [--json]", summary: "Grade your exercise file against its hidden tests.",
                        details: "Without an id, checks the current exercise (the first one not done).\nExit status: 0 when every test passes, 1 otherwise.\n--json prints the Exercism test-runner results format (version 3) plus the exercise id and duration.")),
        ("watch", Entry(usage: "course watch [exercise-N] [--once]", summary: "Re-check every time you save the exercise file.",
                        details: "Keys: h hint, n next exercise, l list, q quit. After a pass it moves on to the next exercise.\n--once checks once and exits (useful in scripts).")),
        ("hint", Entry(usage: "course hint <exercise-N>", summary: "Reveal the next hint for an exercise.",
                       details: "Hints go from a nudge to nearly the answer; the number you used is kept in your progress.")),
        ("reset", Entry(usage: "course reset <exercise-N>", summary: "Restore an exercise's starter file.",
                        details: "Your current file is kept as a backup in .course/backups/ first. Works without git.")),
        ("solution", Entry(usage: "course solution <exercise-N> [--force]", summary: "Show the reference solution once your own has passed.",
                           details: "--force shows it before you have passed.")),
        ("validate", Entry(usage: "course validate [--quick] [--jobs N] [--json]", summary: "Check a whole course (for instructors).",
                           details: "Checks the files and settings, that every starter fails and every reference solution passes through the real grader, and that every wrong solution kept beside a suite fails.\n--quick checks the files only. --jobs N sets how many checks run at once (default: the number of cores).\nExit status: 0 when the course is sound, 1 otherwise.")),
        ("new", Entry(usage: "course new lesson \"Title\" [--module NAME] | course new exercise --lesson N [--title T]",
                      summary: "Scaffold a lesson or an exercise with the next free number (for instructors).",
                      details: "A new exercise gets a starter with a TODO, a solution, a hidden suite with one example test and a hint; it passes 'course validate' as created.")),
    ]

    public static func entry(_ command: String) -> Entry? {
        commands.first { $0.0 == command }?.1
    }

    public static var overview: String {
        var text = """
        course: read lessons, edit exercises, and check them against hidden tests.

        Usage: course [command] [options]

        Run 'course' alone to see where you are.

        Commands:

        """
        for (name, entry) in commands {
            text += "  " + name.padding(toLength: 10, withPad: " ", startingAt: 0) + entry.summary + "\n"
        }
        text += """

        Global options:
          --course DIR           Use the course in DIR (default: the nearest folder above with Lessons/).
          --color auto|always|never
                                 Colour output (default auto: only on a terminal; NO_COLOR turns it off).
          --no-pager             Never page long lessons.
          --version              Print the version.
          -h, --help             Show help; 'course <command> --help' for one command.

        Environment: COURSE_PROGRESS (progress file), COURSE_SWIFTC (the swiftc to use), PAGER, NO_COLOR.
        Exit status: 0 success or pass, 1 failure, 64 usage error.

        """
        return text
    }

    public static func help(for command: String) -> String? {
        guard let entry = entry(command) else { return nil }
        return "Usage: \(entry.usage)\n\n\(entry.summary)\n\n\(entry.details)\n"
    }
}

import Foundation
