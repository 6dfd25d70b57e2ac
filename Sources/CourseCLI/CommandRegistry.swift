import CourseModel

/// The one list of commands. The parser's known names and flags, `--help`, the command list,
/// `course help [command]`, "did you mean" and dispatch all read it.
public enum CommandRegistry {
    public static let all: [any Command] = [
        StatusCommand(),
        NextCommand(),
        LessonCommand(),
        ListCommand(),
        CheckCommand(),
        WatchCommand(),
        HintCommand(),
        ResetCommand(),
        SolutionCommand(),
        ValidateCommand(),
        ImportCommand(),
        InitCommand(),
        NewCommand(),
        PrewarmCommand(),
        GradeCommand(),
        ReportCommand(),
        SimilarityCommand(),
        ExportCommand(),
        InstallCommand(),
        HelpCommand(),
    ]

    /// What `course` with no command runs.
    public static let standard: any Command = StatusCommand(name: "")

    public static var names: [String] { all.map(\.name) }

    public static func command(named name: String) -> (any Command)? {
        all.first { $0.name == name }
    }
}
