import CourseModel
import Foundation

/// The course's record of imported content: `ATTRIBUTION.md` lists each exercise with its track, folder
/// and commit, and the track's licence text is kept beside it, as the MIT licence asks.
public enum Attribution {
    public static let file = "ATTRIBUTION.md"

    /// `ATTRIBUTION.md` (extended when it exists) and the licence file (when the track has one).
    static func files(existing root: URL, track: ExercismTrack, outcomes: [ExercismImporter.Outcome]) -> [(String, String)] {
        let imported = outcomes.filter { $0.exercise != nil }
        guard !imported.isEmpty else { return [] }
        let licenseFile = "Licenses/\(track.track.replacingOccurrences(of: "/", with: "-")).txt"
        var text = (try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8))
            ?? "# Attribution\n\nExercises in this course that were written elsewhere, with their source and licence.\n"
        let commit = track.commit.map { " at commit `\($0)`" } ?? ""
        text += "\n## From \(track.track)\(commit)\n\n"
            + "Licensed under the MIT licence" + (track.licenseText == nil ? "" : " (\(licenseFile))") + ".\n\n"
            + imported.map { "- \($0.exercise ?? ""): `\($0.slug)` (exercises/\($0.kind)/\($0.slug))\n" }.joined()
        var files = [(file, text)]
        if let license = track.licenseText,
           !FileManager.default.fileExists(atPath: root.appendingPathComponent(licenseFile).path) {
            files.append((licenseFile, license))
        }
        return files
    }
}
