/// The version of the course file format this tool reads.
public enum CourseFormat {
    /// The newest `format_version` in `course.json` that this build understands.
    public static let supportedVersion = 1
    /// The tool's own version, printed by `course --version`.
    public static let toolVersion = "0.1.0"
}
