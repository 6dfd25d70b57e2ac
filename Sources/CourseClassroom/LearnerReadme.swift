import CourseModel

/// The README of a learner edition: how a learner starts, checks and gets help, in the commands that work
/// there. It never sends learners to `swift test`: the edition carries no tests of the tool, so that finds
/// nothing to run; `course check` runs the exercises' public tests.
public enum LearnerReadme {
    public static func render(title: String, toolIncluded: Bool) -> String {
        let course = toolIncluded ? "swift run course" : "course"
        var lines = [
            "# \(title)",
            "",
            "Your copy of the course. The lessons are in `Lessons/`; you write your answers in the files of `Exercises/`,",
            "in place. Your instructor grades them with the course's hidden tests; here you check them against the public tests.",
            "",
            "## Start",
            "",
        ]
        if toolIncluded {
            lines += [
                "With Swift installed (6.x, on Linux, or in this repository's dev container):",
                "",
                "```",
                "swift run course next       # build the tool and read lesson 1",
                "swift run course install    # optional: make `course` a command (~/.local/bin/course)",
                "```",
            ]
        } else {
            lines += ["With the `course` tool installed, run `course next` in this folder to read lesson 1."]
        }
        lines += [
            "",
            "## Every day",
            "",
            "| command | what it does |",
            "| --- | --- |",
            "| `\(course) next` | the next lesson or exercise, and the command to check it |",
            "| `\(course) check exercise-N` | checks your file against the exercise's public tests (the hidden ones run when your instructor grades) |",
            "| `\(course) check --all` | checks every exercise that has public tests, with a score |",
            "| `\(course) watch` | checks again every time you save |",
            "| `\(course) hint exercise-N` | the next hint |",
            "| `\(course) reset exercise-N` | restores the starter (your file is kept in `\(Layout.backups)/`) |",
            "| `\(course) list` | every lesson and exercise with its status |",
            "",
            "Check with `course check`, not `swift test`: this edition has no test targets of its own, so `swift test` finds nothing to run.",
            "Your progress is kept in `\(Layout.progress)`.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
