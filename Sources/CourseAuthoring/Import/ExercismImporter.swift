import CourseModel
import Foundation

/// `course import exercism`: writes a track's exercises into a course, a lesson per exercise (or group), at the
/// next free lesson and exercise numbers. Files are only ever added: an existing one stops the import
/// before anything is written.
public struct ExercismImporter {
    public var track: ExercismTrack

    /// What became of one exercise of the track.
    public struct Outcome: Equatable, Sendable {
        public var slug: String
        public var kind: String
        /// The exercise id it was imported as, nil when skipped.
        public var exercise: String?
        /// Why it was not imported.
        public var skipped: String?
    }

    public init(track: ExercismTrack) {
        self.track = track
    }

    /// Imports `entries` into the course at `root`; with a title, a new course is created there first.
    /// `perLesson` exercises share one lesson (1: a lesson each), in the track's order.
    public func run(_ entries: [ExercismTrack.Entry], into root: URL, newCourseTitle: String?, perLesson: Int = 1) throws -> [Outcome] {
        var files: [(String, String)] = []
        if let title = newCourseTitle {
            let manifest = String(decoding: try JSONOutput.data(NewCourseTemplate.Manifest(formatVersion: CourseFormat.supportedVersion, title: title)), as: UTF8.self)
            files += [(Layout.manifest, manifest + "\n"), (".gitignore", Layout.gitignore)]
        } else if !FileManager.default.fileExists(atPath: root.appendingPathComponent(Layout.manifest).path) {
            throw CourseError.fileSystem(path: root.path, reason: "holds no course.json: --into takes the folder of an existing course; create a new one with --to DIR")
        }
        var (lesson, number, slugs) = Self.taken(in: root)
        var outcomes: [Outcome] = []
        var group: [(id: String, exercise: ExercismExercise)] = []
        func closeLesson() {
            guard let first = group.first else { return }
            lesson += 1
            // A slug already taken (the same exercise imported twice) gets the lesson's number, as with `new lesson`.
            let slug = slugs.contains(first.exercise.entry.slug) ? "\(first.exercise.entry.slug)-\(lesson)" : first.exercise.entry.slug
            slugs.insert(slug)
            files.append(ImportedLesson.file(number: lesson, slug: slug, exercises: group))
            group = []
        }
        for entry in entries {
            do {
                let exercise = try ExercismExercise.read(entry, track: track.root)
                number += 1
                let id = "exercise-\(number)"
                files += try Self.files(of: exercise, id: id, track: track)
                group.append((id, exercise))
                outcomes.append(Outcome(slug: entry.slug, kind: entry.kind, exercise: id, skipped: nil))
                if group.count >= max(1, perLesson) { closeLesson() }
            } catch let skip as ExercismExercise.Skip {
                outcomes.append(Outcome(slug: entry.slug, kind: entry.kind, exercise: nil, skipped: skip.reason))
            }
        }
        closeLesson()
        files += Attribution.files(existing: root, track: track, outcomes: outcomes)
        try write(files, into: root)
        return outcomes
    }

    /// The highest lesson number and exercise number the course uses (0 for none), and its lesson slugs.
    static func taken(in root: URL) -> (lesson: Int, exercise: Int, slugs: Set<String>) {
        let fm = FileManager.default
        let lessonFiles = ((try? fm.contentsOfDirectory(atPath: root.appendingPathComponent(Layout.lessons).path)) ?? [])
            .compactMap { CourseLoader.parseLessonFileName($0) }
        let lessons = lessonFiles.map(\.0)
        let hidden = ((try? fm.contentsOfDirectory(atPath: root.appendingPathComponent(Layout.hidden).path)) ?? [])
        let learner = ((try? fm.contentsOfDirectory(atPath: root.appendingPathComponent(Layout.exercises).path)) ?? [])
            .map { $0.replacingOccurrences(of: ".swift", with: "") }
        let numbers = (hidden + learner).compactMap(Exercise.number(fromID:))
        return (lessons.max() ?? 0, numbers.max() ?? 0, Set(lessonFiles.map(\.1)))
    }

    static func files(of exercise: ExercismExercise, id: String, track: ExercismTrack) throws -> [(String, String)] {
        let settings = String(decoding: try JSONOutput.data(ImportedSettings(exercise, track: track)), as: UTF8.self)
        var files = [
            (Layout.learnerFile(id), exercise.starter),
            (Layout.starter(id), exercise.starter),
            (Layout.solution(id), exercise.solution),
            (Layout.settings(id), settings + "\n"),
        ]
        files += exercise.tests.map { ("\(Layout.suite(id))/\($0.name)", $0.text) }
        files += exercise.support.map { ("\(Layout.support(id))/\($0.name)", $0.text) }
        return files
    }

    /// Checks that no file exists, then writes them all.
    func write(_ files: [(String, String)], into root: URL) throws {
        let fm = FileManager.default
        for (path, _) in files where path != Attribution.file && fm.fileExists(atPath: root.appendingPathComponent(path).path) {
            throw CourseError.fileSystem(path: root.appendingPathComponent(path).path,
                                         reason: "already exists; 'course import' only adds files. Import into a new folder, or move this file away")
        }
        try NewCourseTemplate.write(files, into: root)
    }
}
