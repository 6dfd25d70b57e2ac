import CourseGrading
import CourseModel
import CourseTerminal
import Foundation

/// What a command is given: its parsed arguments, the outside world, and an output with the chosen style.
/// The course, its progress and a grader are opened on request, so a command pays only for what it uses.
public struct Invocation {
    public var arguments: ParsedArguments
    public var context: CommandContext
    public var output: Output

    public init(arguments: ParsedArguments, context: CommandContext) {
        self.arguments = arguments
        self.context = context
        let color = Style.decide(arguments.color, isTerminal: context.stdoutIsTerminal, environment: context.environment)
        let root = try? CourseLocator.locate(explicit: arguments.coursePath, workingDirectory: context.workingDirectory)
        let style = Style(color: color,
                          program: Launcher.program(environment: context.environment, executable: context.executablePath,
                                                    courseRoot: root?.standardizedFileURL.path),
                          paths: PathDisplay(courseRoot: root?.path, workingDirectory: context.workingDirectory),
                          links: context.stdoutIsTerminal && Hyperlinks.supported(context.environment))
        self.output = Output(stdout: context.stdout, stderr: context.stderr, style: style,
                             width: context.stdoutIsTerminal ? context.terminalWidth : nil)
    }

    public var style: Style { output.style }

    /// Finds and loads the course (`--course DIR`, or the nearest folder above with `Lessons/`).
    public func openCourse() throws -> Course {
        let root = try CourseLocator.locate(explicit: arguments.coursePath, workingDirectory: context.workingDirectory)
        return try CourseLoader.load(root: root)
    }

    /// The course's progress file (`COURSE_PROGRESS` or the layout's default), with notices going to stderr.
    public func progress(of course: Course) -> ProgressAccess {
        ProgressAccess(store: ProgressStore(url: ProgressStore.defaultURL(courseRoot: course.root, environment: context.environment)),
                       output: output)
    }

    /// Builds graders for the course with this invocation's environment and sandbox mode (`sandboxMode`).
    public func graders(for course: Course, sandboxDefault: SandboxMode = .auto) throws -> GraderFactory {
        GraderFactory(course: course, environment: context.environment, sandbox: try sandboxMode(default: sandboxDefault))
    }

    /// The one place the sandbox mode is decided: `--sandbox`, else `COURSE_SANDBOX`, else `fallback` (`course grade`
    /// asks for require). An unknown `COURSE_SANDBOX` is a usage error, never silently ignored.
    public func sandboxMode(default fallback: SandboxMode = .auto) throws -> SandboxMode {
        if let chosen = arguments.sandbox { return chosen }
        guard let mode = SandboxMode.from(environment: context.environment, default: fallback) else {
            let value = context.environment[SandboxMode.variable] ?? ""
            throw CourseError.usage("\(SandboxMode.variable) takes auto, require or off (not '\(value)')")
        }
        return mode
    }

    /// A usage error when more than `count` words follow the command.
    public func expectArguments(max count: Int) throws {
        if arguments.positionals.count > count {
            throw CourseError.usage("unexpected argument '\(arguments.positionals[count])'")
        }
    }

    /// The exercise named on the command line, or (unless required) the current one.
    public func exercise(in course: Course, progress: CourseModel.Progress, required: Bool) throws -> Exercise {
        if let id = arguments.positionals.first { return try course.exercise(id) }
        if required { throw CourseError.usage("name an exercise, e.g. 'course \(arguments.command ?? "") exercise-1'") }
        guard let current = course.currentExercise(in: progress) else {
            if course.exercises.isEmpty { throw CourseError.usage(course.noExercisesMessage) }
            throw CourseError.usage("every exercise is done; name the one you want, e.g. 'course check exercise-1'")
        }
        return current
    }

    /// How many checks run at once: `--jobs N` (1 to 64) when given, else the number of cores.
    public func workers(_ jobs: Parameter) throws -> Int {
        guard let raw = arguments.value(of: jobs) else { return ProcessInfo.processInfo.activeProcessorCount }
        guard let value = Int(raw), value >= 1, value <= 64 else { throw CourseError.usage("\(jobs.name) takes a number from 1 to 64 (not '\(raw)')") }
        return value
    }
}
