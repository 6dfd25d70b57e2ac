@testable import CourseGrading
@testable import CourseModel
@testable import CourseProcess
import CourseTestSupport
import Foundation
import XCTest

/// `CompileDatabase`: for every exercise of the curriculum, the editor gets the flags the grader compiles the
/// learner's module with (`BuildPlan.learnerModuleFlags`, which `compileLearner` starts with), the support
/// folder's Swift helpers in the same module, and never a hidden test or the solution; and `swiftc` accepts
/// them (a C module, a Swift helper and a sanitizer at once).
final class CompileDatabaseTests: XCTestCase {
    func testEveryEntryHasTheGradersFlagsAndSwiftcAcceptsThem() throws {
        let course = try CourseLoader.load(root: try TestSupport.pristineCopy(of: TestSupport.mainCourse, self))
        let toolchain = try Toolchain.locate(environment: ProcessInfo.processInfo.environment)
        let entries = CompileDatabase.entries(course: course, toolchain: toolchain)
        var byFile: [String: CompileDatabase.Entry] = [:]
        for entry in entries { byFile[entry.file] = entry }
        for exercise in course.exercises {
            let inputs = ExerciseInputs(course: course, exercise: exercise)
            let plan = BuildPlan(work: URL(fileURLWithPath: "/scratch"), settings: exercise.settings, toolchain: toolchain,
                                 supportFolder: inputs.supportFolder)
            let file = course.url(exercise.learnerPath).path
            let entry = try XCTUnwrap(byFile[file], "no entry for \(exercise.id)")
            XCTAssertEqual(entry.directory, course.root.path)
            XCTAssertEqual(entry.arguments, [toolchain.swiftc] + plan.learnerModuleFlags + [file] + inputs.supportSwift, exercise.id)
            XCTAssertEqual(Array(plan.compileLearner(supportSwift: []).arguments.prefix(plan.learnerModuleFlags.count)),
                           plan.learnerModuleFlags, exercise.id)
            for helper in inputs.supportSwift { XCTAssertEqual(byFile[helper]?.arguments, entry.arguments, helper) }
            for path in inputs.suiteFiles + [course.url(exercise.solutionPath).path] {
                XCTAssertFalse(entry.arguments.contains(path), "\(exercise.id) names \(path)")
            }
        }
        XCTAssertEqual(entries.count, course.exercises.count + course.exercises.map { ExerciseSupport(course: course, exercise: $0).swift.count }.reduce(0, +))
        XCTAssertEqual(CompileDatabase.encode(entries), CompileDatabase.encode(CompileDatabase.entries(course: course, toolchain: toolchain)),
                       "the same course gives the same bytes")

        // exercise-13: a C module, a Swift helper and the address sanitizer.
        let arguments = try XCTUnwrap(byFile[course.url("Exercises/exercise-13.swift").path]?.arguments)
        XCTAssertTrue(arguments.contains("-sanitize=address") && arguments.contains { $0.hasSuffix(".swift") && $0.contains("/support/") })
        let result = try Subprocess.run(ProcessSpec(executable: arguments[0], arguments: Array(arguments.dropFirst()) + ["-typecheck"],
                                                    workingDirectory: course.root.path, timeout: 180))
        XCTAssertTrue(result.succeeded, result.outputText)
    }
}
