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
    public var learnerPath: String { "Exercises/\(id).swift" }
    /// The reference solution, relative to the course root.
    public var solutionPath: String { "Solutions/\(id).swift" }
    /// The hidden folder: settings, suite, starter, support files, wrong solutions.
    public var hiddenPath: String { "Tests/Hidden/\(id)" }
    /// The pristine starter that `course reset` restores.
    public var starterPath: String { "\(hiddenPath)/starter.swift" }
    public var settingsPath: String { "\(hiddenPath)/exercise.json" }
    public var suitePath: String { "\(hiddenPath)/tests" }
    public var supportPath: String { "\(hiddenPath)/support" }
    public var wrongPath: String { "\(hiddenPath)/wrong" }

    /// Parses `exercise-N` into N.
    public static func number(fromID id: String) -> Int? {
        guard id.hasPrefix("exercise-") else { return nil }
        let digits = id.dropFirst("exercise-".count)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count < 7 else { return nil }
        return Int(digits)
    }
}
