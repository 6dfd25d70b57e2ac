import CourseModel
import Foundation

/// What `course init` writes: a course that validates as created, with one real lesson and one real
/// exercise (not template text), so an instructor starts from an example that works end to end. The files are
/// `Templates/NewCourse*` (`Template`).
public enum NewCourseTemplate {
    /// The files of a new course, path (relative to its root) → text.
    public static func files(title: String) -> [(path: String, text: String)] {
        let id = "exercise-1"
        func filled(_ template: String) -> String { Template.fill(template, ["id": id]) }
        let starter = filled(Template.newCourseStarter)
        let manifest = String(decoding: (try? JSONOutput.data(Manifest(formatVersion: CourseFormat.supportedVersion, title: title))) ?? Data(), as: UTF8.self)
        return [
            (Layout.manifest, manifest + "\n"),
            (".gitignore", Layout.gitignore),
            ("\(Layout.lessons)/01-first-steps.md", filled(Template.newCourseLesson)),
            (Layout.learnerFile(id), starter),
            (Layout.starter(id), starter),
            (Layout.solution(id), filled(Template.newCourseSolution)),
            (Layout.settings(id), Template.newCourseSettings),
            ("\(Layout.suite(id))/GreetTests.swift", Template.newCourseSuite),
            ("\(Layout.wrongSolutions(id))/forgets-punctuation.swift", Template.newCourseWrong),
        ]
    }

    /// Writes a new course into `folder` (created if needed); returns the paths written. Refuses a folder
    /// that already holds a course or any of these files: nothing is ever overwritten.
    public static func create(in folder: URL, title: String) throws -> [String] {
        let fm = FileManager.default
        let files = files(title: title)
        for existing in [Layout.manifest, Layout.lessons] + files.map(\.path)
        where fm.fileExists(atPath: folder.appendingPathComponent(existing).path) {
            throw CourseError.fileSystem(path: folder.appendingPathComponent(existing).path,
                                         reason: "already exists; 'course init' writes only into a folder without a course, and overwrites nothing. Choose another folder, e.g. 'course init my-course'")
        }
        try write(files.map { ($0.path, $0.text) }, into: folder)
        return files.map(\.path)
    }

    /// Writes each file (course-relative path, text), creating folders; `course import` writes with it too.
    static func write(_ files: [(String, String)], into folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFile.write(Data(text.utf8), to: url)
            } catch {
                throw CourseError.fileSystem(path: url.path, reason: "could not be written (\(error.localizedDescription))")
            }
        }
    }

    /// `course.json`.
    struct Manifest: Encodable {  // also written by `course import`
        var formatVersion: Int
        var title: String
        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version"
            case title
        }
    }
}
