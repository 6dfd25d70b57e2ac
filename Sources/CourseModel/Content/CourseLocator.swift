import Foundation

/// Finds the course root: `--course DIR`, or the nearest ancestor of the working directory with `Lessons/`.
public enum CourseLocator {
    public static func locate(explicit: String?, workingDirectory: String) throws -> URL {
        let fm = FileManager.default
        if let explicit {
            let url = URL(fileURLWithPath: explicit, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
                .standardizedFileURL
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CourseError.fileSystem(path: explicit, reason: "no such folder (given with --course)")
            }
            guard fm.fileExists(atPath: url.appendingPathComponent(Layout.lessons).path) else {
                throw CourseError.invalidCourse(file: explicit, reason: "is not a course: it has no Lessons/ folder")
            }
            return url
        }
        var current = URL(fileURLWithPath: workingDirectory, isDirectory: true).standardizedFileURL
        while true {
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: current.appendingPathComponent(Layout.lessons).path, isDirectory: &isDirectory),
               isDirectory.boolValue {
                return current
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        throw CourseError.courseNotFound(searchedFrom: workingDirectory)
    }
}
