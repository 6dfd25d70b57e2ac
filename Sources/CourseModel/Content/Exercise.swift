/// One exercise: a learner file, a reference solution, and a hidden suite with its settings.
public struct Exercise: Equatable, Sendable {
    /// `exercise-N`.
    public var id: String
    public var number: Int
    public var lessonNumber: Int
    public var settings: ExerciseSettings

    public init(id: String, number: Int, lessonNumber: Int, settings: ExerciseSettings) {
        self.id = id
        self.number = number
        self.lessonNumber = lessonNumber
        self.settings = settings
    }

    /// The file the learner edits, relative to the course root.
    public var learnerPath: String { Layout.learnerFile(id) }
    /// The reference solution, relative to the course root.
    public var solutionPath: String { Layout.solution(id) }
    /// The hidden folder: settings, suite, starter, support files, wrong solutions.
    public var hiddenPath: String { Layout.hiddenFolder(id) }
    /// The pristine starter that `course reset` restores.
    public var starterPath: String { Layout.starter(id) }
    public var settingsPath: String { Layout.settings(id) }
    public var suitePath: String { Layout.suite(id) }
    public var supportPath: String { Layout.support(id) }
    public var publicTestsPath: String { Layout.publicTests(id) }
    public var wrongPath: String { Layout.wrongSolutions(id) }

    /// Parses `exercise-N` into N.
    public static func number(fromID id: String) -> Int? {
        guard id.hasPrefix("exercise-") else { return nil }
        let digits = id.dropFirst("exercise-".count)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count < 7 else { return nil }
        return Int(digits)
    }
}
