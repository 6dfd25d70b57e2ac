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
    static let knownKeys: Set<String> = [
        "title", "hints", "learned", "swift_flags", "timeout_seconds", "requires", "shared_library", "equivalent_mutants",
        "exports", "allow_extensions", "environment", "sanitizers", "repeat_runs", "passes_on_starter", "points", "test_weights",
        "suite_module", "source", "starter_compiles",
    ]

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
    public static func parse(_ data: Data, file: String) -> (ExerciseSettings?, [CourseProblem]) {
        var problems: [CourseProblem] = []
        func problem(_ text: String) { problems.append(CourseProblem(file: file, text)) }
        if let syntax = StrictJSON.firstError(in: data) {
            problems.append(CourseProblem(file: file, line: syntax.line, column: syntax.column, "not valid JSON: \(syntax.message)"))
            return (nil, problems)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            problem("not valid JSON (\(JSONText.describe(error))). Check for a missing comma or quote.")
            return (nil, problems)
        }
        guard let dict = object as? [String: Any] else {
            problem("must be a JSON object: { \"title\": …, \"hints\": [ … ] }")
            return (nil, problems)
        }
        for key in dict.keys.sorted() where !knownKeys.contains(key) {
            let near = EditDistance.suggestion(for: key, among: Array(knownKeys)).map { " Did you mean \"\($0)\"?" } ?? ""
            problem("unknown key \"\(key)\".\(near)")
        }
        let title = (dict["title"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if dict["title"] == nil {
            problem("missing key \"title\": add \"title\": \"What the exercise is about\"")
        } else if title.isEmpty {
            problem("\"title\" must be a non-empty string")
        }
        var source: ExerciseSource?
        if let raw = dict["source"] {
            let (parsed, complaint) = ExerciseSource.parse(raw)
            source = parsed
            complaint.map(problem)
        }
        var hints: [String] = []
        if let raw = dict["hints"] {
            if let list = raw as? [String], !list.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                hints = list
                if list.isEmpty && source == nil { problem("\"hints\" is empty: give at least one hint") }
            } else {
                problem("\"hints\" must be a list of non-empty strings")
            }
        } else if source == nil {
            problem("missing key \"hints\": add \"hints\": [\"a nudge\", \"nearly the answer\"]")
        }
        var learned: String?
        if let raw = dict["learned"] {
            if let text = raw as? String { learned = text } else { problem("\"learned\" must be a string") }
        }
        var flags: [String] = []
        if let raw = dict["swift_flags"] {
            if let list = raw as? [String] { flags = list } else { problem("\"swift_flags\" must be a list of strings, e.g. [\"-swift-version\", \"6\"]") }
        }
        var timeout = defaultTimeout
        if let raw = dict["timeout_seconds"] {
            if let number = JSONValue.double(raw), number >= 1, number <= 600 {
                timeout = number
            } else {
                problem("\"timeout_seconds\" must be a number from 1 to 600")
            }
        }
        var requires: [String] = []
        if let raw = dict["requires"] {
            if let list = raw as? [String] {
                for item in list where !knownRequirements.contains(item) {
                    problem("\"requires\" lists \"\(item)\", which course cannot check for; known: python3")
                }
                requires = list.filter { knownRequirements.contains($0) }
            } else {
                problem("\"requires\" must be a list of strings, e.g. [\"python3\"]")
            }
        }
        var shared = false
        if let raw = dict["shared_library"] {
            if let flag = JSONValue.boolean(raw) { shared = flag } else { problem("\"shared_library\" must be true or false") }
        }
        func names(_ key: String, example: String) -> [String] {
            guard let raw = dict[key] else { return [] }
            guard let list = raw as? [String], !list.contains(where: { $0.isEmpty || $0.contains(" ") }) else {
                problem("\"\(key)\" must be a list of names, e.g. [\"\(example)\"]")
                return []
            }
            return list
        }
        let exports = names("exports", example: "course_sum")
        let extensions = names("allow_extensions", example: "Array")
        var environment: [String: String] = [:]
        if let raw = dict["environment"] {
            if let table = raw as? [String: String], !table.keys.contains(where: { $0.isEmpty || $0.contains("=") }) {
                environment = table
            } else {
                problem("\"environment\" must map variable names to strings, e.g. {\"TZ\": \"Asia/Kolkata\"}")
            }
        }
        var sanitizers: [Sanitizer] = []
        if let raw = dict["sanitizers"] {
            let names = raw as? [String] ?? []
            let parsed = names.compactMap(Sanitizer.init(rawValue:))
            if !(raw is [String]) || parsed.count != names.count {
                problem("\"sanitizers\" must be [\"address\"] or [\"thread\"]")
            } else if Set(parsed).count > 1 {
                problem("\"sanitizers\" may name only one of address and thread: the two cannot be combined in one program")
            } else if shared && !parsed.isEmpty {
                problem("\"sanitizers\" cannot be used with \"shared_library\": another program loads that library without the sanitizer's runtime")
            } else {
                sanitizers = Array(Set(parsed))
            }
        }
        let (equivalent, markProblems) = dict["equivalent_mutants"].map(EquivalentMutant.parseList) ?? ([], [])
        markProblems.forEach(problem)
        guard !title.isEmpty else { return (nil, problems) }
        var settings = ExerciseSettings(title: title, hints: hints, learned: learned, swiftFlags: flags,
                                        timeoutSeconds: timeout, requires: requires, sharedLibrary: shared,
                                        exports: exports, allowExtensions: extensions, environment: environment,
                                        sanitizers: sanitizers)
        settings.equivalentMutants = equivalent
        settings.passesOnStarter = names("passes_on_starter", example: "testPopOnAnEmptyStackIsNil")
        if let raw = dict["starter_compiles"] {
            if let flag = JSONValue.boolean(raw) { settings.starterCompiles = flag } else { problem("\"starter_compiles\" must be true or false") }
        }
        settings.source = source
        if let raw = dict["suite_module"] {
            if let name = raw as? String, let first = name.first, first.isLetter || first == "_",
               name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
                settings.suiteModule = name
            } else {
                problem("\"suite_module\" must be the module name the suite imports, e.g. \"Bob\" for '@testable import Bob'")
            }
        }
        if let raw = dict["repeat_runs"] {
            if let number = JSONValue.double(raw), number >= 1, number <= 20, number == number.rounded() {
                settings.repeatRuns = Int(number)
            } else {
                problems.append(CourseProblem(file: file, "\"repeat_runs\" must be a whole number from 1 to 20"))
            }
        }
        if let raw = dict["points"] {
            if let number = JSONValue.double(raw), number >= 0, number <= 1000 {
                settings.points = number
            } else {
                problems.append(CourseProblem(file: file, "\"points\" must be a number from 0 to 1000, e.g. \"points\": 10"))
            }
        }
        if let raw = dict["test_weights"] {
            let table = raw as? [String: Any] ?? [:]
            let weights = table.compactMapValues { JSONValue.double($0) }.filter { $0.value >= 0 }
            if table.isEmpty && !(raw is [String: Any]) || weights.count != table.count {
                problems.append(CourseProblem(file: file,
                    "\"test_weights\" must map test method names to numbers of at least 0, e.g. {\"testPushThenPop\": 2}"))
            } else {
                settings.testWeights = weights
            }
        }
        return (settings, problems)
    }
}
