import Foundation

/// `exercise.json` as written, before any check: each key decoded on its own into the type it should have
/// (`ExerciseSettings.parse` then checks each field and says how to fix it).
struct ExerciseSettingsFile: Decodable {
    /// A JSON object whose values should be strings (`source`, an `equivalent_mutants` entry).
    typealias StringTable = [String: JSONField<String>]

    /// Every key in the file, known or not.
    var keys: [String]
    var title: JSONField<String>
    var hints: JSONField<[String]>
    var learned: JSONField<String>
    var swiftFlags: JSONField<[String]>
    var timeoutSeconds: JSONField<Double>
    var requires: JSONField<[String]>
    var sharedLibrary: JSONField<Bool>
    var equivalentMutants: JSONField<[JSONField<StringTable>]>
    var exports: JSONField<[String]>
    var allowExtensions: JSONField<[String]>
    var environment: JSONField<[String: String]>
    var sanitizers: JSONField<[String]>
    var repeatRuns: JSONField<Double>
    var passesOnStarter: JSONField<[String]>
    var points: JSONField<Double>
    var testWeights: JSONField<[String: JSONField<Double>]>
    var suiteModule: JSONField<String>
    var source: JSONField<StringTable>
    var starterCompiles: JSONField<Bool>

    /// The keys `exercise.json` may hold.
    static let knownKeys: Set<String> = [
        "title", "hints", "learned", "swift_flags", "timeout_seconds", "requires", "shared_library", "equivalent_mutants",
        "exports", "allow_extensions", "environment", "sanitizers", "repeat_runs", "passes_on_starter", "points", "test_weights",
        "suite_module", "source", "starter_compiles",
    ]

    init(from decoder: Decoder) throws {
        let object = try decoder.container(keyedBy: JSONKey.self)
        keys = object.allKeys.map(\.stringValue)
        title = object.field("title")
        hints = object.field("hints")
        learned = object.field("learned")
        swiftFlags = object.field("swift_flags")
        timeoutSeconds = object.field("timeout_seconds")
        requires = object.field("requires")
        sharedLibrary = object.field("shared_library")
        equivalentMutants = object.field("equivalent_mutants")
        exports = object.field("exports")
        allowExtensions = object.field("allow_extensions")
        environment = object.field("environment")
        sanitizers = object.field("sanitizers")
        repeatRuns = object.field("repeat_runs")
        passesOnStarter = object.field("passes_on_starter")
        points = object.field("points")
        testWeights = object.field("test_weights")
        suiteModule = object.field("suite_module")
        source = object.field("source")
        starterCompiles = object.field("starter_compiles")
    }
}
