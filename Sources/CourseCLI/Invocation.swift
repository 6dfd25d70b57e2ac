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

    /// A path typed on the command line, resolved the one way: relative to the working folder unless absolute.
    public func path(_ typed: String) -> URL {
        URL(fileURLWithPath: typed, relativeTo: URL(fileURLWithPath: context.workingDirectory, isDirectory: true)).standardizedFileURL
    }

    /// The value of a `.path` option, resolved; nil when not given.
    public func path(of option: Parameter) -> URL? {
        arguments.value(of: option).map(path)
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

    /// How many checks run at once: `--jobs N` (a `Parameter.jobs`) when given, else the number of cores.
    public func workers(_ jobs: Parameter) -> Int {
        arguments.integer(jobs) ?? ProcessInfo.processInfo.activeProcessorCount
    }

    /// How many gradings run at once: `--jobs N` when given, else one more than the number of cores. A grading
    /// spends part of its time between processes (starting them, the sandbox, its files), and one grading more
    /// than cores keeps every core compiling meanwhile (`validate` of the shipped course on 2 cores: 67 s with
    /// 2 at once, 63 s with 3).
    public func gradingWorkers(_ jobs: Parameter) -> Int {
        arguments.integer(jobs) ?? ProcessInfo.processInfo.activeProcessorCount + 1
    }
}

extension Parameter {
    /// `--jobs N`, from 1 to 64: how many things run at once (`Invocation.workers`, `Invocation.gradingWorkers`).
    public static func jobs(_ help: String = "How many checks run at once (default: the number of cores).") -> Parameter {
        .integer("--jobs", 1...64, help)
    }

    /// `--jobs N` for commands that grade many files (`Invocation.gradingWorkers`).
    public static func gradingJobs() -> Parameter {
        jobs("How many gradings run at once (default: one more than the number of cores).")
    }
}
