import CourseModel
import Foundation

/// `course export --learner DIR`: the course as learners get it. It holds the lessons, the starters, the
/// public tests, support files and settings (hints included), and the tool itself when the course ships
/// it; it leaves out the reference solutions, the hidden tests, the wrong solutions, instructor notes and
/// the settings that would give answers away (marked equivalent mutants quote the solution; test weights and
/// the tests allowed to pass on the starter name hidden tests).
public enum LearnerExport {
    public struct Summary: Equatable, Sendable {
        public var exercises: Int
        public var publicTests: Int
        /// Whether `Package.swift` and `Sources/` came along, so learners build `course` from the edition.
        public var toolIncluded: Bool
    }

    /// Settings keys only the instructor's copy keeps.
    static let instructorKeys: Set<String> = ["equivalent_mutants", "test_weights", "passes_on_starter"]
    /// Files beside the tool that make it buildable and usable; the tool's own tests stay behind, and the
    /// instructor's README too (the edition gets its own, `LearnerReadme`).
    static let toolFiles = ["Package.swift", "Sources", "scripts", ".devcontainer", ".gitignore", ".sourcekit-lsp", "LICENSE"]

    /// Which hints go into the edition: hints near the answer can quote the reference solution, which a
    /// graded edition may keep back.
    public enum Hints: String, Sendable, CaseIterable {
        case all, first, none
    }

    /// What `course hint` says in an edition whose hints were withheld.
    static let withheldHint = "Hints are not included in this edition of the course; ask your instructor."

    public static func export(_ course: Course, to destination: URL, hints: Hints = .all) throws -> Summary {
        let fm = FileManager.default
        let root = course.root.standardizedFileURL.resolvingSymlinksInPath().path
        let target = destination.standardizedFileURL
        let resolved = target.resolvingSymlinksInPath().path
        if resolved == root || resolved.hasPrefix(root + "/") {
            throw CourseError.usage("the learner edition cannot go inside the course itself (\(target.path)); choose a folder outside \(course.root.path)")
        }
        if let names = try? fm.contentsOfDirectory(atPath: target.path), !names.isEmpty {
            throw CourseError.usage("\(target.path) is not empty; export into a new or empty folder, so nothing there is overwritten")
        }
        try fm.createDirectory(at: target, withIntermediateDirectories: true)

        // course.json, marked as a learner edition.
        var manifest = (try? JSONSerialization.jsonObject(with: Data(contentsOf: course.url(Layout.manifest)))) as? [String: Any] ?? [:]
        manifest[CourseEdition.key] = CourseEdition.learner.rawValue
        try AtomicFile.write(try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
                             to: target.appendingPathComponent(Layout.manifest))
        try copy(Layout.lessons, from: course.root, to: target)
        try fm.createDirectory(at: target.appendingPathComponent(Layout.exercises), withIntermediateDirectories: true)
        var publicTests = 0
        for exercise in course.exercises {
            let hidden = target.appendingPathComponent(exercise.hiddenPath)
            try fm.createDirectory(at: hidden, withIntermediateDirectories: true)
            // The learner's file is the pristine starter, whatever the instructor's own Exercises/ holds now.
            try copyFile(course.url(exercise.starterPath), to: target.appendingPathComponent(exercise.learnerPath))
            try copyFile(course.url(exercise.starterPath), to: target.appendingPathComponent(exercise.starterPath))
            try AtomicFile.write(try learnerSettings(course.url(exercise.settingsPath), hints: hints), to: target.appendingPathComponent(exercise.settingsPath))
            for folder in [exercise.publicTestsPath, exercise.supportPath] where fm.fileExists(atPath: course.url(folder).path) {
                try copy(folder, from: course.root, to: target)
            }
            publicTests += ((try? fm.contentsOfDirectory(atPath: course.url(exercise.publicTestsPath).path)) ?? []).filter { $0.hasSuffix(".swift") }.count
        }
        var toolIncluded = false
        if fm.fileExists(atPath: course.url("Package.swift").path), fm.fileExists(atPath: course.url("Sources/course").path) {
            for name in toolFiles where fm.fileExists(atPath: course.url(name).path) {
                try copy(name, from: course.root, to: target)
            }
            toolIncluded = true
        }
        try AtomicFile.write(Data(LearnerReadme.render(title: course.title, toolIncluded: toolIncluded).utf8),
                             to: target.appendingPathComponent("README.md"))
        return Summary(exercises: course.exercises.count, publicTests: publicTests, toolIncluded: toolIncluded)
    }

    static func learnerSettings(_ url: URL, hints: Hints = .all) throws -> Data {
        var settings = (try JSONSerialization.jsonObject(with: Data(contentsOf: url))) as? [String: Any] ?? [:]
        for key in instructorKeys { settings.removeValue(forKey: key) }
        if let list = settings["hints"] as? [String], !list.isEmpty {
            switch hints {
            case .all: break
            case .first: settings["hints"] = Array(list.prefix(1))
            case .none: settings["hints"] = [withheldHint]
            }
        }
        return try JSONSerialization.data(withJSONObject: settings, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    static func copy(_ relative: String, from root: URL, to target: URL) throws {
        let destination = target.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent(relative), to: destination)
    }

    static func copyFile(_ source: URL, to destination: URL) throws {
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        if FileManager.default.fileExists(atPath: destination.path) { try FileManager.default.removeItem(at: destination) }
        try FileManager.default.copyItem(at: source, to: destination)
    }
}
