import Foundation

/// A loaded course plus everything commands share: progress, styling, the context.
public struct Session {
    public var course: Course
    public var store: ProgressStore
    public var style: Style
    public var context: CommandContext
    public var arguments: ParsedArguments

    public init(arguments: ParsedArguments, context: CommandContext) throws {
        let root = try CourseLocator.locate(explicit: arguments.coursePath, workingDirectory: context.workingDirectory)
        self.course = try CourseLoader.load(root: root)
        self.store = ProgressStore(url: ProgressStore.defaultURL(courseRoot: root, environment: context.environment))
        self.style = Style(color: Style.decide(arguments.color, isTerminal: context.stdoutIsTerminal, environment: context.environment))
        self.context = context
        self.arguments = arguments
    }

    func out(_ text: String) { context.stdout.write(text.hasSuffix("\n") ? text : text + "\n") }
    func err(_ text: String) { context.stderr.write(text.hasSuffix("\n") ? text : text + "\n") }

    /// Progress as saved; a notice about a damaged file goes to stderr once.
    func loadProgress() throws -> Progress {
        let (progress, notice) = try store.load()
        if let notice { err(style.yellow("Note: ") + notice) }
        return progress
    }

    /// Changes progress; returns nil and warns (without failing the command) when it cannot be saved.
    @discardableResult
    func updateProgress(_ change: (inout Progress) -> Void) throws -> Progress? {
        do {
            let (progress, notice) = try store.update(change)
            if let notice { err(style.yellow("Note: ") + notice) }
            return progress
        } catch CourseError.progressUnwritable(let path, let reason) {
            err(style.yellow("Warning: ") + CourseError.progressUnwritable(path: path, reason: reason).message)
            return nil
        }
    }

    /// SHA-256 of the learner's file as it is now, or nil if it cannot be read.
    func currentHash(_ exercise: Exercise) -> String? {
        FileManager.default.contents(atPath: course.url(exercise.learnerPath).path).map(SHA256.hex)
    }

    /// pending / done / changed for one exercise.
    func state(of exercise: Exercise, in progress: Progress) -> ExerciseState {
        let entry = progress[exercise.id]
        guard entry.status == .done else { return .pending }
        if let passed = entry.passedHash, let now = currentHash(exercise), passed != now { return .changed }
        return .done
    }

    /// The first exercise not yet done, in learning order.
    func currentExercise(_ progress: Progress) -> Exercise? {
        course.exercises.first { progress[$0.id].status != .done }
    }

    /// The exercise named on the command line, or the current one.
    func exerciseArgument(_ progress: Progress, required: Bool) throws -> Exercise {
        if let id = arguments.positionals.first { return try course.exercise(id) }
        if required { throw CourseError.usage("name an exercise, e.g. 'course \(arguments.command ?? "") exercise-1'") }
        guard let current = currentExercise(progress) else {
            throw CourseError.usage("every exercise is done; name the one you want, e.g. 'course check exercise-1'")
        }
        return current
    }

    func extraArguments(max count: Int) throws {
        if arguments.positionals.count > count {
            throw CourseError.usage("unexpected argument '\(arguments.positionals[count])'")
        }
    }

    func grader(withCache: Bool = true) throws -> Grader {
        let toolchain = try Toolchain.locate(environment: context.environment)
        let cache = withCache ? GradeCache(folder: course.url(".course/cache")) : nil
        return Grader(toolchain: toolchain, environment: context.environment, cache: cache,
                      harnessCache: course.url(".course/cache/harness"))
    }
}
