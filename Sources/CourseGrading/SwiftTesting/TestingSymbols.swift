import CourseModel

/// What learner code must not touch of Swift Testing, for `ObjectInspector`: the library's C entry points
/// (`swt_abiv0_getEntryPoint` runs tests and hands back their records), its helper modules, and its test
/// registry section (a record there would add a "test" that runs learner code when tests are listed).
enum TestingSymbols {
    /// Swift modules of the framework besides `Testing` itself.
    static let modules = ["_TestingInterop", "_Testing_Foundation"].map { "$s\($0.count)\($0)" }

    /// libTesting's C symbols all start with this (`swt_abiv0_getEntryPoint`, `swt_getTypeFromTypeMetadataRecord`, …).
    static let cPrefix = "swt_"

    /// The section Swift Testing discovers tests and exit tests from.
    static let registrySection = "swift5_tests"

    /// Whether an undefined symbol of the learner's object reaches into Swift Testing.
    static func isReference(_ name: String) -> Bool {
        name.hasPrefix(cPrefix) || name.hasPrefix("_" + cPrefix) || modules.contains { name.hasPrefix($0) }
    }

    static func referenceProblem(_ name: String) -> String {
        "calls into Swift Testing directly (`\(name)`). Exercise code may not use the test framework or the checker's harness."
    }

    static let registryProblem = "puts a record in the `\(registrySection)` section, where Swift Testing looks for tests. "
        + "Exercise code may not add tests; remove the @section attribute."
}
