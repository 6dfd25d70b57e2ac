import CourseGrading
import CourseTerminal

/// The options every command takes, before or after its name: declared once, read by the parser,
/// listed by `course --help`.
public enum GlobalOptions {
    public static let course = Parameter.path("--course", value: "DIR",
                                              "Use the course in DIR (default: the nearest folder above with Lessons/).")
    public static let color = Parameter.choice("--color", ColorChoice.self,
                                               "Colour output (default auto: only on a terminal; NO_COLOR turns it off).")
    public static let noPager = Parameter.flag("--no-pager", "Never page long lessons.")
    public static let sandbox = Parameter.choice("--sandbox", SandboxMode.self,
                                                 "Run tests in a bubblewrap sandbox (default auto: where bwrap works).")
    public static let version = Parameter.flag("--version", "Print the version.")
    public static let help = Parameter.flag("--help", "Show help; 'course help <command>' or 'course <command> --help' for one command.",
                                            alias: "-h")

    public static let all = [course, color, noPager, sandbox, version, help]
}
