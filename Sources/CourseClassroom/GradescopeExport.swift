import CourseModel
import Foundation

/// `course export --gradescope FILE.zip`: Gradescope's autograder bundle. At its root, `setup.sh` (run once when
/// Gradescope builds the image: the Swift toolchain, bubblewrap, and `course` built from the sources here) and
/// `run_autograder` (run per submission: `course grade /autograder/submission --format gradescope`, in the
/// sandbox, always leaving a results.json); under `course/`, the full course: hidden tests, settings, reference
/// solutions, the pristine starters as `Exercises/`, and the tool's sources when the course carries them.
/// Never the instructor's working files, `.course/` or build products. The same course gives the same bytes.
public enum GradescopeExport {
    public struct Summary: Equatable, Sendable {
        public var files: Int
        public var bytes: Int
        public var toolIncluded: Bool
    }

    public static func export(_ course: Course, to destination: URL) throws -> Summary {
        let root = course.root.standardizedFileURL.resolvingSymlinksInPath().path
        let target = destination.standardizedFileURL
        if target.resolvingSymlinksInPath().path.hasPrefix(root + "/") {
            throw CourseError.usage("the autograder zip cannot go inside the course itself (\(target.path)); choose a path outside \(course.root.path)")
        }
        guard target.pathExtension == "zip" else { throw CourseError.usage("--gradescope takes the zip file to write, e.g. autograder.zip (not \(target.path))") }
        guard !FileManager.default.fileExists(atPath: target.path) else {
            throw CourseError.usage("\(target.path) exists already; choose a new file, so nothing is overwritten")
        }
        var entries = [ZipArchive.Entry(path: "setup.sh", data: Data(PackageResources.setup_sh), mode: 0o755),
                       ZipArchive.Entry(path: "run_autograder", data: Data(PackageResources.run_autograder), mode: 0o755)]
        func add(_ relative: String, as inside: String? = nil) {
            for (path, data, mode) in files(course.url(relative), relative: inside ?? relative) {
                entries.append(ZipArchive.Entry(path: "course/" + path, data: data, mode: mode))
            }
        }
        add(Layout.manifest)
        add(Layout.lessons)
        for exercise in course.exercises {
            add(exercise.hiddenPath)
            add(exercise.solutionPath)
            add(exercise.starterPath, as: exercise.learnerPath)
        }
        let toolIncluded = FileManager.default.fileExists(atPath: course.url("Package.swift").path)
            && FileManager.default.fileExists(atPath: course.url("Sources/course").path)
        if toolIncluded { for name in ["Package.swift", "Sources"] { add(name) } }
        entries.sort { $0.path < $1.path }
        guard let data = ZipArchive.data(entries) else {
            throw CourseError.fileSystem(path: target.path, reason: "would be larger than a plain ZIP file holds (4 GiB, 65,535 files)")
        }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(data, to: target)
        return Summary(files: entries.count, bytes: data.count, toolIncluded: toolIncluded)
    }

    /// The regular files at or under `url`, with their paths under `relative`; links and hidden entries are left out.
    static func files(_ url: URL, relative: String) -> [(String, Data, UInt16)] {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return [] }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
            return [(relative, data, info.st_mode & 0o111 != 0 ? 0o755 : 0o644)]
        case S_IFDIR:
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            return names.flatMap { files(url.appendingPathComponent($0), relative: relative + "/" + $0) }
        default:
            return []
        }
    }
}
