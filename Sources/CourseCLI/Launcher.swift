import CourseProcess
import CourseTerminal
import Foundation

/// What the learner types to run `course`, so every command a screen suggests works as typed.
///
/// The rule (README, "Set up"): `course` when a `course` is on `PATH` (after `course install`, or in the
/// dev container); else `swift run course` when the running binary was built inside the course's own
/// package (`<course>/.build/`), which works from any folder of the course; else the binary's path.
enum Launcher {
    static func program(environment: [String: String], executable: String?, courseRoot: String?) -> String {
        if Subprocess.which("course", path: environment["PATH"]) != nil { return "course" }
        guard let executable, executable.hasPrefix("/") else { return "course" }
        if let courseRoot, executable.hasPrefix(courseRoot + "/.build/"),
           FileManager.default.fileExists(atPath: courseRoot + "/Package.swift") {
            return "swift run course"
        }
        return executable.contains(" ") ? "'\(executable)'" : executable
    }
}
