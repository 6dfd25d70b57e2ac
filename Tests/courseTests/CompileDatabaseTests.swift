@testable import CourseGrading
@testable import CourseModel
@testable import CourseProcess
import CourseTestSupport
import Foundation
import XCTest

/// scripts/generate-compile-commands writes, for every exercise, the flags the grader compiles the
/// learner's module with (compared here with `BuildPlan`), and `swiftc` accepts them: the starters
/// type-check, including C modules, a course-provided Swift helper and sanitizer flags.
final class CompileDatabaseTests: XCTestCase {
    func testEveryEntryHasTheGradersFlagsAndSwiftcAcceptsThem() throws {
        let course = try TestSupport.pristineCopy(of: TestSupport.mainCourse, self)
        let script = TestSupport.packageRoot.appendingPathComponent("scripts/generate-compile-commands").path
        let generated = try Subprocess.run(ProcessSpec(executable: "/usr/bin/env", arguments: ["python3", script, course.path], timeout: 60))
        XCTAssertTrue(generated.succeeded, generated.outputText)
        let data = try Data(contentsOf: course.appendingPathComponent("Exercises/compile_commands.json"))
        let entries = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        var byFile: [String: [String]] = [:]
        for entry in entries { byFile[entry["file"] as? String ?? ""] = entry["arguments"] as? [String] }

        let loaded = try CourseLoader.load(root: course)
        let toolchain = try Toolchain.locate(environment: ProcessInfo.processInfo.environment)
        for exercise in loaded.exercises {
            let inputs = ExerciseInputs(course: loaded, exercise: exercise)
            let plan = BuildPlan(work: URL(fileURLWithPath: "/scratch"), settings: exercise.settings, toolchain: toolchain,
                                 supportFolder: inputs.supportFolder)
            let file = course.appendingPathComponent(exercise.learnerPath).path
            let arguments = try XCTUnwrap(byFile[file], "no entry for \(exercise.id)")
            XCTAssertEqual(Array(arguments.dropFirst().prefix(plan.commonFlags.count)), plan.commonFlags, exercise.id)
            XCTAssertEqual(Array(arguments.dropFirst(1 + plan.commonFlags.count).prefix(4)),
                           ["-parse-as-library", "-enable-testing", "-module-name", BuildPlan.learnerModule], exercise.id)
            XCTAssertEqual(Array(arguments.suffix(1 + inputs.supportSwift.count)), [file] + inputs.supportSwift, exercise.id)
        }
        // swiftc accepts them: a C module (3), a sanitizer (8), a C module with a sanitizer (13).
        for id in ["exercise-3", "exercise-8", "exercise-13"] {
            let arguments = try XCTUnwrap(byFile[course.appendingPathComponent("Exercises/\(id).swift").path])
            let result = try Subprocess.run(ProcessSpec(executable: arguments[0], arguments: Array(arguments.dropFirst()) + ["-typecheck"],
                                                        workingDirectory: course.path, timeout: 180))
            XCTAssertTrue(result.succeeded, "\(id): \(result.outputText)")
        }
    }
}
