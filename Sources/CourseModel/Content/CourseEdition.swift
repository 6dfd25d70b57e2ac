import Foundation

/// Which copy of a course this is. The instructor's full course has the reference solutions and the hidden
/// tests; a learner edition (`course export --learner`) has neither, and says so in `course.json`
/// (`"edition": "learner"`), so its checks run the public tests and say that the hidden ones run at grading.
public enum CourseEdition: String, Sendable, Equatable {
    case full
    case learner

    /// The key in `course.json`.
    public static let key = "edition"

    /// Reads the edition from a `course.json`; anything but "learner" is the full course.
    public static func read(manifest data: Data?) -> CourseEdition {
        guard let data, let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let value = object[key] as? String else { return .full }
        return CourseEdition(rawValue: value) ?? .full
    }
}
