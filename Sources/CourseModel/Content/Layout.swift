/// Every path of a course, relative to its root. Code and messages read paths from here.
public enum Layout {
    /// `course.json`: format version and title.
    public static let manifest = "course.json"
    /// One Markdown file per lesson, `NN-slug.md`.
    public static let lessons = "Lessons"
    /// The learners' working files.
    public static let exercises = "Exercises"
    /// The reference solutions.
    public static let solutions = "Solutions"
    /// The hidden suites and settings, outside every SwiftPM target.
    public static let hidden = "Tests/Hidden"
    /// The editor's flags for the learners' files (git-ignored: it holds this machine's paths), written by
    /// `course` itself (`CompileDatabase`); `.sourcekit-lsp/config.json` points sourcekit-lsp at it.
    public static let compileDatabase = "\(exercises)/compile_commands.json"
    /// What a new course's `.gitignore` lists: the tool's state and the editor's machine-specific flags.
    public static let gitignore = "\(state)/\n/\(compileDatabase)\n"
    /// The tool's own state in a course (git-ignored).
    public static let state = ".course"
    /// The progress file, unless `COURSE_PROGRESS` says otherwise.
    public static let progress = "\(state)/progress.json"
    /// Cached grade reports.
    public static let cache = "\(state)/cache"
    /// Reports of graded mutants (`validate --mutate`), apart from the learner's own checks.
    public static let mutantCache = "\(state)/mutants"
    /// Compiled hidden suites, one per learner-module interface (`SuiteObjectCache`).
    public static let suiteCache = "\(cache)/suites"
    /// The compiler's job lists, so checks start the frontend and linker without the driver (`DriverJobs`).
    public static let driverJobsCache = "\(cache)/driver-jobs"
    /// Compiled C support files of exercises, by content.
    public static let supportObjectCache = "\(cache)/support-objects"
    /// The harness's compiled support module.
    public static let harnessCache = "\(cache)/harness"
    /// `course grade`'s caches of its own (reports, harness, suites, …): nothing a learner's `course check`
    /// wrote in this course is trusted when grading.
    public static let gradeCache = "\(cache)/grade"
    /// Present once `course` has said that tests run without the sandbox here.
    public static let sandboxNoticeShown = "\(state)/sandbox-fallback-noted"
    /// Learner files kept by `course reset`.
    public static let backups = "\(state)/backups"

    public static func learnerFile(_ id: String) -> String { "\(exercises)/\(id).swift" }
    public static func solution(_ id: String) -> String { "\(solutions)/\(id).swift" }
    public static func hiddenFolder(_ id: String) -> String { "\(hidden)/\(id)" }
    public static func starter(_ id: String) -> String { "\(hiddenFolder(id))/starter.swift" }
    public static func settings(_ id: String) -> String { "\(hiddenFolder(id))/exercise.json" }
    public static func suite(_ id: String) -> String { "\(hiddenFolder(id))/tests" }
    /// Tests shipped to learners (a learner edition runs only these); graded with the hidden ones.
    public static func publicTests(_ id: String) -> String { "\(hiddenFolder(id))/public" }
    public static func support(_ id: String) -> String { "\(hiddenFolder(id))/support" }
    public static func wrongSolutions(_ id: String) -> String { "\(hiddenFolder(id))/wrong" }
}
