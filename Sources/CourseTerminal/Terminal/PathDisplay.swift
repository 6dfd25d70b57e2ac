import Foundation

/// Course-relative paths (`Exercises/exercise-6.swift`) as seen from the learner's working folder:
/// `exercise-6.swift` from `Exercises/`, `../Exercises/exercise-6.swift` from `Lessons/`, unchanged from
/// the course root. From outside the course, the absolute path.
public struct PathDisplay: Sendable, Equatable {
    /// Absolute, standardized; nil shows paths as they are (relative to the course root).
    public var courseRoot: String?
    public var workingDirectory: String?

    /// Paths shown relative to the course root, as stored.
    public static let courseRoot = PathDisplay(courseRoot: nil, workingDirectory: nil)

    public init(courseRoot: String?, workingDirectory: String?) {
        self.courseRoot = courseRoot.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        self.workingDirectory = workingDirectory.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    public func absolute(_ coursePath: String) -> String? {
        guard let courseRoot else { return nil }
        return coursePath.hasPrefix("/") ? coursePath : courseRoot + "/" + coursePath
    }

    public func show(_ coursePath: String) -> String {
        guard let courseRoot, let workingDirectory, !coursePath.hasPrefix("/"), workingDirectory != courseRoot else { return coursePath }
        let root = components(courseRoot), here = components(workingDirectory)
        guard here.starts(with: root) else { return courseRoot + "/" + coursePath }  // outside the course
        let target = root + coursePath.split(separator: "/").map(String.init)
        let common = zip(here, target).prefix { $0 == $1 }.count
        let parts = Array(repeating: "..", count: here.count - common) + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    func components(_ path: String) -> [String] { path.split(separator: "/").map(String.init) }

    /// A file URL's path, with what a URL cannot hold percent-encoded.
    static func percentEncoded(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}
