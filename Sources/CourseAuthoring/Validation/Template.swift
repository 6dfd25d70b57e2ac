import Foundation

/// The files `course init` and `course new` write, kept as real files in `Templates/` and embedded in the binary with
/// `embedInCode` (as the harness is): a template reads as the file it becomes, with no escaping. `{{name}}` marks
/// where a value goes.
enum Template {
    /// `course init`'s lesson, exercise, suite, wrong solution and settings (`{{id}}`).
    static let newCourseLesson = text(PackageResources.NewCourseLesson_md)
    static let newCourseStarter = text(PackageResources.NewCourseStarter_swift)
    static let newCourseSolution = text(PackageResources.NewCourseSolution_swift)
    static let newCourseWrong = text(PackageResources.NewCourseWrong_swift)
    static let newCourseSuite = text(PackageResources.NewCourseSuite_swift)
    static let newCourseSettings = text(PackageResources.NewCourseSettings_json)
    /// `course new lesson` (`{{title}}`, `{{module}}`, `{{lesson_placeholder}}`).
    static let scaffoldLesson = text(PackageResources.ScaffoldLesson_md)
    /// `course new exercise` (`{{id}}`, `{{title}}`, `{{number}}`, `{{function}}` and the placeholders `validate` reports).
    static let scaffoldStarter = text(PackageResources.ScaffoldStarter_swift)
    static let scaffoldSuite = text(PackageResources.ScaffoldSuite_swift)
    static let scaffoldGenerated = text(PackageResources.ScaffoldGenerated_swift)

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// `template` with each `{{name}}` replaced by `values[name]`, in one pass: a value is never searched for
    /// placeholders (a title may say `{{id}}`). A name without a value is left as written.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = "", rest = template[...]
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { return result + rest[open.lowerBound...] }
            let name = String(rest[open.upperBound..<close.lowerBound])
            result += values[name] ?? "{{\(name)}}"
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
