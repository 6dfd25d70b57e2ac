import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Loads and saves progress: atomically, under a file lock, and never losing a damaged file.
public struct ProgressStore: Sendable {
    public var url: URL

    public init(url: URL) { self.url = url }

    /// `COURSE_PROGRESS` if set, else `.course/progress.json` under the course root.
    public static func defaultURL(courseRoot: URL, environment: [String: String]) -> URL {
        if let path = environment["COURSE_PROGRESS"], !path.isEmpty {
            return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        }
        return courseRoot.appendingPathComponent(Layout.progress)
    }

    /// The saved progress, and a notice when a damaged file had to be moved aside.
    public func load() throws -> (Progress, String?) {
        guard FileManager.default.fileExists(atPath: url.path) else { return (Progress(), nil) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CourseError.fileSystem(path: url.path, reason: "cannot be read (check its permissions). Nothing was changed.")
        }
        switch ProgressCodec.decode(data) {
        case .success(let progress):
            return (progress, nil)
        case .failure(.tooNew(let version)):
            throw CourseError.progressTooNew(path: url.path, found: version, supported: Progress.currentSchemaVersion)
        case .failure(.damaged(let reason)):
            let aside = try moveAside()
            return (Progress(), "Your progress file was damaged (\(reason)). It was kept as \(aside.path) and progress starts again from here; your exercise files are untouched.")
        }
    }

    /// Loads, changes and saves progress while holding an exclusive lock, so two `course` processes
    /// never lose each other's updates. The old file stays if saving fails.
    @discardableResult
    public func update(_ change: (inout Progress) -> Void) throws -> (Progress, String?) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CourseError.progressUnwritable(path: url.path, reason: "its folder cannot be created")
        }
        let lockPath = url.path + ".lock"
        let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
        guard fd >= 0 else {
            throw CourseError.progressUnwritable(path: url.path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw CourseError.progressUnwritable(path: url.path, reason: "cannot lock it") }
        }
        defer { flock(fd, LOCK_UN) }
        var (progress, notice) = try load()
        change(&progress)
        let data: Data
        do {
            data = try ProgressCodec.encode(progress)
        } catch {
            throw CourseError.progressUnwritable(path: url.path, reason: "it could not be encoded (\(error))")
        }
        do {
            try AtomicFile.write(data, to: url)
        } catch let error as CourseError {
            if case .fileSystem(_, let reason) = error {
                throw CourseError.progressUnwritable(path: url.path, reason: reason)
            }
            throw error
        }
        return (progress, notice)
    }

    func moveAside() throws -> URL {
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        var aside = URL(fileURLWithPath: url.path + ".damaged-\(stamp)")
        var counter = 1
        while FileManager.default.fileExists(atPath: aside.path) {
            aside = URL(fileURLWithPath: url.path + ".damaged-\(stamp)-\(counter)")
            counter += 1
        }
        guard rename(url.path, aside.path) == 0 else {
            throw CourseError.progressUnwritable(path: url.path,
                reason: "it is damaged and could not be moved aside (\(String(cString: strerror(errno)))); move it away yourself")
        }
        return aside
    }
}

/// JSON encoding of progress, with the schema version checked before anything else.
public enum ProgressCodec {
    public enum Failure: Error, Equatable {
        case tooNew(Int)
        case damaged(String)
    }

    public static func decode(_ data: Data) -> Result<Progress, Failure> {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return .failure(.damaged(data.isEmpty ? "it is empty" : "it is not valid JSON"))
        }
        guard let version = JSONValue.integer(object["schema_version"]) else {
            return .failure(.damaged("it has no schema_version"))
        }
        if version > Progress.currentSchemaVersion { return .failure(.tooNew(version)) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return .success(try decoder.decode(Progress.self, from: data))
        } catch {
            return .failure(.damaged("a field has the wrong type"))
        }
    }

    /// The file's bytes; an encoding failure is thrown, so a save never writes an empty progress.
    public static func encode(_ progress: Progress) throws -> Data {
        try JSONOutput.data(progress)
    }
}
