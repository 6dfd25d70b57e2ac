import CourseModel
import Foundation

/// What `course grade --format` writes besides what every run writes (the gradebook, feedback, the journal).
/// The formats are the values in `all`, each declared beside the file it writes (`GradeFormat.junit` in
/// `JUnitReport.swift`). To add one: a new file with the writer and its `static let`, and one line in `all`.
public struct GradeFormat: Sendable, Hashable, CaseIterable, RawRepresentable {
    /// The word after `--format`.
    public let rawValue: String
    /// Whether SUBMISSIONS is one student's submission rather than a folder of them (Gradescope's container).
    public let oneSubmission: Bool
    /// Writes the format's files into the output folder (under its lock, after the gradebook).
    let write: @Sendable (ClassResults, URL, GradeOutputs.Options) throws -> Void

    public init(_ name: String, oneSubmission: Bool = false,
                write: @escaping @Sendable (ClassResults, URL, GradeOutputs.Options) throws -> Void) {
        self.rawValue = name
        self.oneSubmission = oneSubmission
        self.write = write
    }

    /// Every format, in the order `--format` lists them; the first is the default.
    public static let all: [GradeFormat] = [.gradebook, .gradescope, .junit]

    /// The gradebook alone: what every run writes anyway.
    public static let gradebook = GradeFormat("gradebook") { _, _, _ in }

    public static var allCases: [GradeFormat] { all }

    public init?(rawValue: String) {
        guard let format = Self.all.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = format
    }

    public static func == (a: GradeFormat, b: GradeFormat) -> Bool { a.rawValue == b.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}
