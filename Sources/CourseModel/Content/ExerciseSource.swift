import Foundation

/// Where an imported exercise came from (`"source"` in `exercise.json`): the attribution its licence asks
/// for. An exercise with a source was written by someone else, so hints are optional for it.
public struct ExerciseSource: Equatable, Sendable, Codable {
    /// The track or collection, e.g. `exercism/swift`.
    public var track: String
    /// The exercise's name in that track, e.g. `bob`.
    public var slug: String
    /// The track's commit the exercise was imported from, when known.
    public var commit: String?
    /// The licence the exercise is under, e.g. `MIT`.
    public var license: String
    /// The exercise's folder inside the track, e.g. `exercises/practice/bob`.
    public var path: String?

    public init(track: String, slug: String, commit: String?, license: String, path: String?) {
        self.track = track
        self.slug = slug
        self.commit = commit
        self.license = license
        self.path = path
    }

    /// Reads the `"source"` object; nil with a problem naming the fix when it is not one.
    static func parse(_ field: JSONField<ExerciseSettingsFile.StringTable>) -> (ExerciseSource?, String?) {
        let table = field.value ?? [:]
        guard let track = table["track"]?.value, !track.isEmpty,
              let slug = table["slug"]?.value, !slug.isEmpty,
              let license = table["license"]?.value, !license.isEmpty else {
            return (nil, "\"source\" must be an object with \"track\", \"slug\" and \"license\", e.g. "
                + "{\"track\": \"exercism/swift\", \"slug\": \"bob\", \"license\": \"MIT\"}")
        }
        return (ExerciseSource(track: track, slug: slug, commit: table["commit"]?.value, license: license,
                               path: table["path"]?.value), nil)
    }
}
