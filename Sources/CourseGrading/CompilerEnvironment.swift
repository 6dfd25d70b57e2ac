import CourseModel
import Foundation

/// What the compiler processes of one check get on top of the user's environment: `TMPDIR` inside the
/// check's scratch folder (created by the grader), so the driver's `TemporaryDirectory.*` folders go
/// when the scratch folder does.
enum CompilerEnvironment {
    static func variables(scratch: URL) -> [String: String] {
        ["TMPDIR": scratch.appendingPathComponent("tmp").path]
    }
}
