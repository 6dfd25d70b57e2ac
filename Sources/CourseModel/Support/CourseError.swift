/// Everything that can stop a command. A failing grade is not an error: it is a `GradeReport`.
///
/// Each case carries the data a test compares and a message that says what happened and what to do.
public enum CourseError: Error, Equatable {
    /// The command line could not be understood.
    case usage(String)
    /// An exercise id that the course does not have.
    case unknownExercise(String, suggestion: String?)
    /// An exercise the course lists but cannot load: the course's fault, not the learner's.
    case brokenExercise(String, reason: String)
    /// A lesson number or slug that the course does not have.
    case unknownLesson(String, suggestion: String?)
    /// No folder with `Lessons/` above the working directory.
    case courseNotFound(searchedFrom: String)
    /// The course was written for a newer `course`.
    case courseFormatTooNew(found: Int, supported: Int)
    /// A course file is broken in a way no command can work around.
    case invalidCourse(file: String, reason: String)
    /// The progress file was written by a newer `course`.
    case progressTooNew(path: String, found: Int, supported: Int)
    /// Progress could not be saved.
    case progressUnwritable(path: String, reason: String)
    /// The Swift compiler could not be found or does not run.
    case toolchainMissing(String)
    /// `course solution` before the exercise has passed.
    case solutionLocked(exercise: String)
    /// A file could not be read or written.
    case fileSystem(path: String, reason: String)

    /// Whether the error is a usage error (exit 64, usage line shown).
    public var isUsage: Bool {
        switch self {
        case .usage, .unknownExercise, .unknownLesson: return true
        default: return false
        }
    }

    /// The process exit status for this error.
    public var exitCode: Int32 {
        if case .brokenExercise = self { return 2 }
        return isUsage ? 64 : 1
    }

    /// What happened, and what to do about it.
    public var message: String {
        switch self {
        case .usage(let text):
            return text
        case .unknownExercise(let id, let suggestion):
            let hint = suggestion.map { " Did you mean \($0)?" } ?? " Run 'course list' to see the exercises."
            return "There is no exercise '\(id)'.\(hint)"
        case .brokenExercise(let id, let reason):
            return "\(id) is broken: its files cannot be loaded (\(reason)). This is a problem with the course, not with your work: "
                + "tell your instructor, and carry on with another exercise ('course list')."
        case .unknownLesson(let id, let suggestion):
            let hint = suggestion.map { " Did you mean \($0)?" } ?? " Run 'course list' to see the lessons."
            return "There is no lesson '\(id)'.\(hint)"
        case .courseNotFound(let start):
            return "No course found: neither \(start) nor any folder above it holds a Lessons/ folder. "
                + "Run course inside a course checkout, or pass --course DIR."
        case .courseFormatTooNew(let found, let supported):
            return "This course uses format version \(found), but this course tool reads up to version \(supported). "
                + "Update the tool: pull the latest version of its repository and run 'swift build'."
        case .invalidCourse(let file, let reason):
            return "\(file): \(reason)"
        case .progressTooNew(let path, let found, let supported):
            return "The progress file \(path) has schema version \(found); this course tool reads up to \(supported). "
                + "It was left untouched. Update the tool, or set COURSE_PROGRESS to another file."
        case .progressUnwritable(let path, let reason):
            return "Could not save progress to \(path): \(reason). "
                + "Make the folder writable, or set COURSE_PROGRESS to a writable file."
        case .toolchainMissing(let detail):
            return "\(detail) Install Swift from swift.org and put its usr/bin on PATH, "
                + "or set COURSE_SWIFTC to the full path of swiftc."
        case .solutionLocked(let id):
            return "The reference solution for \(id) unlocks once your own solution passes. "
                + "Run 'course check \(id)', or 'course solution \(id) --force' to look anyway."
        case .fileSystem(let path, let reason):
            return "\(path): \(reason)"
        }
    }
}
