import CourseModel

/// The `exercise.json` an imported exercise gets: the track's module named for the suite, `RUNALL` set so
/// every test runs (Exercism suites skip all but the first without it), attribution, and hints if any.
struct ImportedSettings: Encodable {
    var title: String
    /// Absent when the exercise has no hints.md (hints are optional for an exercise with a source).
    var hints: [String]?
    var suiteModule: String
    var environment: [String: String]
    var allowExtensions: [String]?
    var source: ExerciseSource

    enum CodingKeys: String, CodingKey {
        case title, hints, environment, source
        case suiteModule = "suite_module"
        case allowExtensions = "allow_extensions"
    }

    init(_ exercise: ExercismExercise, track: ExercismTrack) {
        title = exercise.entry.name
        hints = exercise.hints.isEmpty ? nil : exercise.hints
        suiteModule = exercise.module
        environment = ["RUNALL": "true"]
        let extended = exercise.extendedTypes
        allowExtensions = extended.isEmpty ? nil : extended
        source = ExerciseSource(track: track.track, slug: exercise.entry.slug, commit: track.commit, license: "MIT",
                                path: exercise.entry.folder)
    }
}
