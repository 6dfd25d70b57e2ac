import CourseModel
import Foundation

/// An exercise's support folder (`Tests/Hidden/exercise-N/support/`): its path when it exists (the `-I` for
/// the C modules in it), the Swift helpers compiled into the learner's module and the C files linked with it.
/// Read by every check (`ExerciseInputs`) and by the editor's flags (`CompileDatabase`).
public struct ExerciseSupport: Equatable, Sendable {
    /// Absolute path of the support folder, when it is one.
    public var folder: String?
    /// Absolute paths of its Swift files, sorted.
    public var swift: [String]
    /// Absolute paths of its C files, sorted.
    public var c: [String]

    public init(course: Course, exercise: Exercise) {
        let fm = FileManager.default
        let url = course.url(exercise.supportPath)
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            self.init(folder: nil, swift: [], c: [])
            return
        }
        let names = ((try? fm.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
        func files(_ suffix: String) -> [String] {
            names.filter { $0.hasSuffix(suffix) }.map { url.appendingPathComponent($0).path }
        }
        self.init(folder: url.path, swift: files(".swift"), c: files(".c"))
    }

    public init(folder: String?, swift: [String], c: [String]) {
        self.folder = folder
        self.swift = swift
        self.c = c
    }
}
