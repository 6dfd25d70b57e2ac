import Foundation

/// Per-exercise settings from `Tests/Hidden/exercise-N/exercise.json`.
public struct ExerciseSettings: Equatable, Sendable {
    public var title: String
    /// Revealed one at a time by `course hint`, from a nudge to nearly the answer.
    public var hints: [String]
    /// Shown when the exercise passes: what the learner now knows.
    public var learned: String?
    /// Extra `swiftc` flags for every compile of this exercise, e.g. `-swift-version 6`.
    public var swiftFlags: [String]
    /// Wall-clock limit for one test process.
    public var timeoutSeconds: Double
    /// Programs the tests run, such as `python3`.
    public var requires: [String]
    /// Also build the learner's file as a shared library (for `ctypes` exercises).
    public var sharedLibrary: Bool
    /// Mutants the instructor has judged equivalent: mutation analysis reports them apart.
    public var equivalentMutants: [EquivalentMutant] = []
    /// C symbol names the learner's file may define (`@c(name)`, `@_cdecl("name")`): any other global
    /// symbol outside the learner's own module is refused, so it cannot replace one the tests use.
    public var exports: [String]
    /// Types from other modules the learner's file may extend (e.g. `Array`): members added to any
    /// other foreign type are refused, so they cannot shadow what the tests call.
    public var allowExtensions: [String]
    /// Environment variables for the test processes, on top of the fixed ones (e.g. `TZ`).
    public var environment: [String: String]
    /// Sanitizers the learner's code is built with (`address` or `thread`): a memory error or a data
    /// race then fails the test that ran into it, every time, not only when it happens to crash.
    public var sanitizers: [Sanitizer]
    /// How many times the tests run for a pass (1 to 20): a nondeterministic exercise asks for more,
    /// and a pass that does not hold on every run is not a pass, and is never cached.
    public var repeatRuns: Int = 1
    /// What the exercise is worth in a gradebook (`course grade`); 1 unless the course says otherwise.
    public var points: Double = 1
    /// Per-test weights within the exercise's points, by test method name (`testPushThenPop`); 1 if absent.
    public var testWeights: [String: Double] = [:]
    /// Tests (method names) that may pass on the starter: `validate` reports any other that does.
    public var passesOnStarter: [String] = []
    /// Whether the starter compiles (`starter_compiles`, true unless said otherwise): `validate` reports a
    /// starter that does not, unless not compiling is the lesson and the settings say so.
    public var starterCompiles: Bool = true
    /// The module name the hidden suite imports (`@testable import Bob` in an imported Exercism suite): its
    /// import lines are dropped and `Bob.name` reads as the learner module's, in the scratch copy only.
    public var suiteModule: String?
    /// Where an imported exercise came from; such an exercise may have no hints.
    public var source: ExerciseSource?

    public enum Sanitizer: String, CaseIterable, Sendable {
        case address, thread
    }

    public static let defaultTimeout: Double = Limits.standard.testTimeout
    static let knownRequirements: Set<String> = ["python3"]

    public init(title: String, hints: [String], learned: String? = nil, swiftFlags: [String] = [],
                timeoutSeconds: Double = ExerciseSettings.defaultTimeout, requires: [String] = [],
                sharedLibrary: Bool = false, exports: [String] = [], allowExtensions: [String] = [],
                environment: [String: String] = [:], sanitizers: [Sanitizer] = []) {
        self.sanitizers = sanitizers
        self.title = title
        self.hints = hints
        self.learned = learned
        self.swiftFlags = swiftFlags
        self.timeoutSeconds = timeoutSeconds
        self.requires = requires
        self.sharedLibrary = sharedLibrary
        self.exports = exports
        self.allowExtensions = allowExtensions
        self.environment = environment
    }

    /// Parses settings JSON; every problem names the key and the fix. Returns nil settings if unusable.
    public static func parse(_ data: Data, file: String, limits: Limits = .standard) -> (ExerciseSettings?, [CourseProblem]) {
        var problems: [CourseProblem] = []
        func problem(_ text: String) { problems.append(CourseProblem(file: file, text)) }
        if let syntax = StrictJSON.firstError(in: data) {
            problems.append(CourseProblem(file: file, line: syntax.line, column: syntax.column, "not valid JSON: \(syntax.message)"))
            return (nil, problems)
        }
        let fields: ExerciseSettingsFile
        do {
            fields = try JSONDecoder().decode(ExerciseSettingsFile.self, from: data)
        } catch DecodingError.typeMismatch {
            problem("must be a JSON object: { \"title\": …, \"hints\": [ … ] }")
            return (nil, problems)
        } catch {
            problem("not valid JSON (\(JSONText.describe(error))). Check for a missing comma or quote.")
            return (nil, problems)
        }
        let known = ExerciseSettingsFile.knownKeys
        for key in fields.keys.sorted() where !known.contains(key) {
            let near = EditDistance.suggestion(for: key, among: Array(known)).map { " Did you mean \"\($0)\"?" } ?? ""
            problem("unknown key \"\(key)\".\(near)")
        }
        let title = fields.title.value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if !fields.title.isPresent {
            problem("missing key \"title\": add \"title\": \"What the exercise is about\"")
        } else if title.isEmpty {
            problem("\"title\" must be a non-empty string")
        }
        var source: ExerciseSource?
        if fields.source.isPresent {
            let (parsed, complaint) = ExerciseSource.parse(fields.source)
            source = parsed
            complaint.map(problem)
        }
        var hints: [String] = []
        switch fields.hints {
        case .value(let list) where !list.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }):
            hints = list
            if list.isEmpty && source == nil { problem("\"hints\" is empty: give at least one hint") }
        case .value, .wrongType:
            problem("\"hints\" must be a list of non-empty strings")
        case .absent:
            if source == nil { problem("missing key \"hints\": add \"hints\": [\"a nudge\", \"nearly the answer\"]") }
        }
        /// The field's value when it passes `isValid`; nil, with the problem, when present and not.
        func checked<Value>(_ field: JSONField<Value>, _ complaint: String, _ isValid: (Value) -> Bool = { _ in true }) -> Value? {
            guard field.isPresent else { return nil }
            if let value = field.value, isValid(value) { return value }
            problem(complaint)
            return nil
        }
        let learned = checked(fields.learned, "\"learned\" must be a string")
        let flags = checked(fields.swiftFlags, "\"swift_flags\" must be a list of strings, e.g. [\"-swift-version\", \"6\"]") ?? []
        let timeoutRange = limits.testTimeoutRange
        let timeout = checked(fields.timeoutSeconds,
                              "\"timeout_seconds\" must be a number from \(Limits.number(timeoutRange.lowerBound)) to \(Limits.number(timeoutRange.upperBound))",
                              timeoutRange.contains) ?? defaultTimeout
        var requires: [String] = []
        if let list = checked(fields.requires, "\"requires\" must be a list of strings, e.g. [\"python3\"]") {
            for item in list where !knownRequirements.contains(item) {
                problem("\"requires\" lists \"\(item)\", which course cannot check for; known: python3")
            }
            requires = list.filter { knownRequirements.contains($0) }
        }
        let shared = checked(fields.sharedLibrary, "\"shared_library\" must be true or false") ?? false
        func names(_ field: JSONField<[String]>, _ key: String, example: String) -> [String] {
            checked(field, "\"\(key)\" must be a list of names, e.g. [\"\(example)\"]") {
                !$0.contains(where: { $0.isEmpty || $0.contains(" ") })
            } ?? []
        }
        let exports = names(fields.exports, "exports", example: "course_sum")
        let extensions = names(fields.allowExtensions, "allow_extensions", example: "Array")
        let environment = checked(fields.environment,
                                  "\"environment\" must map variable names to strings, e.g. {\"TZ\": \"Asia/Kolkata\"}") {
            !$0.keys.contains(where: { $0.isEmpty || $0.contains("=") })
        } ?? [:]
        let sanitizers = checkedSanitizers(fields.sanitizers, sharedLibrary: shared, problem: problem)
        let (equivalent, markProblems) = fields.equivalentMutants.isPresent ? EquivalentMutant.parseList(fields.equivalentMutants) : ([], [])
        markProblems.forEach(problem)
        guard !title.isEmpty else { return (nil, problems) }
        var settings = ExerciseSettings(title: title, hints: hints, learned: learned, swiftFlags: flags,
                                        timeoutSeconds: timeout, requires: requires, sharedLibrary: shared,
                                        exports: exports, allowExtensions: extensions, environment: environment,
                                        sanitizers: sanitizers)
        settings.equivalentMutants = equivalent
        settings.passesOnStarter = names(fields.passesOnStarter, "passes_on_starter", example: "testPopOnAnEmptyStackIsNil")
        settings.starterCompiles = checked(fields.starterCompiles, "\"starter_compiles\" must be true or false") ?? true
        settings.source = source
        settings.suiteModule = checked(fields.suiteModule,
                                       "\"suite_module\" must be the module name the suite imports, e.g. \"Bob\" for '@testable import Bob'") { name in
            guard let first = name.first, first.isLetter || first == "_" else { return false }
            return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        }
        let runs = limits.repeatRunsRange
        settings.repeatRuns = checked(fields.repeatRuns, "\"repeat_runs\" must be a whole number from \(runs.lowerBound) to \(runs.upperBound)") {
            $0 == $0.rounded() && $0 >= Double(runs.lowerBound) && $0 <= Double(runs.upperBound)
        }.map { Int($0) } ?? 1
        let points = limits.pointsRange
        settings.points = checked(fields.points,
                                  "\"points\" must be a number from \(Limits.number(points.lowerBound)) to \(Limits.number(points.upperBound)), e.g. \"points\": 10",
                                  points.contains) ?? 1
        settings.testWeights = checked(fields.testWeights,
            "\"test_weights\" must map test method names to numbers of at least 0, e.g. {\"testPushThenPop\": 2}") {
            $0.values.allSatisfy { ($0.value ?? -1) >= 0 }
        }?.compactMapValues(\.value) ?? [:]
        return (settings, problems)
    }

    /// `sanitizers`: one known name at most, and none with a shared library.
    private static func checkedSanitizers(_ field: JSONField<[String]>, sharedLibrary: Bool,
                                          problem: (String) -> Void) -> [Sanitizer] {
        guard field.isPresent else { return [] }
        let names = field.value ?? []
        let parsed = names.compactMap(Sanitizer.init(rawValue:))
        if field.value == nil || parsed.count != names.count {
            problem("\"sanitizers\" must be [\"address\"] or [\"thread\"]")
        } else if Set(parsed).count > 1 {
            problem("\"sanitizers\" may name only one of address and thread: the two cannot be combined in one program")
        } else if sharedLibrary && !parsed.isEmpty {
            problem("\"sanitizers\" cannot be used with \"shared_library\": another program loads that library without the sanitizer's runtime")
        } else {
            return Array(Set(parsed))
        }
        return []
    }
}
