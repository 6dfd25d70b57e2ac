@testable import CourseGrading
@testable import CourseModel
@testable import CourseProcess
import CourseTestSupport
import Foundation
import XCTest

/// The compiler invocations of a check, as values.
final class BuildPlanTests: XCTestCase {
    let work = URL(fileURLWithPath: "/scratch/course-check-1")
    let toolchain = Toolchain(swiftc: "/opt/swift/bin/swiftc", clang: "/opt/swift/bin/clang", identity: "id")

    func plan(flags: [String] = ["-swift-version", "6"], support: String? = "/course/Tests/Hidden/exercise-3/support",
              clang: Bool = true, sharedLibrary: Bool = false) -> BuildPlan {
        var chain = toolchain
        if !clang { chain.clang = nil }
        let settings = ExerciseSettings(title: "T", hints: ["h"], swiftFlags: flags, timeoutSeconds: 3, sharedLibrary: sharedLibrary)
        return BuildPlan(work: work, settings: settings, toolchain: chain, supportFolder: support)
    }

    func testLearnerModuleCompile() {
        let spec = plan().compileLearner(supportSwift: ["/course/support/Helper.swift"])
        XCTAssertEqual(spec, ProcessSpec(executable: "/opt/swift/bin/swiftc", arguments: [
            "-Onone", "-swift-version", "6", "-I", "/course/Tests/Hidden/exercise-3/support",
            "-parse-as-library", "-enable-testing", "-module-name", "Submission", "-wmo", "-no-emit-module-separately-wmo",
            "-emit-module", "-emit-module-path", "/scratch/course-check-1/mod/Submission.swiftmodule",
            "-emit-loaded-module-trace-path", "/scratch/course-check-1/trace.json",
            "-c", "/scratch/course-check-1/src/submission.swift", "/course/support/Helper.swift",
            "-o", "/scratch/course-check-1/Submission.o",
        ], timeout: 180, keepOutputBytes: 256 << 10, extraEnvironment: ["TMPDIR": "/scratch/course-check-1/tmp"]))
    }

    /// After a crash only: the same module with line tables, no module file written, then the same link
    /// with that object in and another program out.
    func testLineTableRebuildAfterACrash() {
        let plan = plan(flags: [], support: nil)
        XCTAssertEqual(plan.compileLearnerWithLineTables(supportSwift: []).arguments, [
            "-Onone", "-parse-as-library", "-enable-testing", "-module-name", "Submission", "-gline-tables-only", "-wmo",
            "-c", "/scratch/course-check-1/src/submission.swift", "-o", "/scratch/course-check-1/SubmissionLines.o",
        ])
        let link = plan.linkRunner(suiteObject: plan.suiteObject, cObjects: [], harnessObject: "/h/CourseHarness.o")
        XCTAssertEqual(plan.withLineTables(link).arguments, [
            "-Onone", "/scratch/course-check-1/HiddenTests.o", "/scratch/course-check-1/SubmissionLines.o", "/h/CourseHarness.o",
            "-o", "/scratch/course-check-1/runner-lines",
        ])
    }

    func testLearnerCompileWithoutSupportOrFlags() {
        let spec = plan(flags: [], support: nil).compileLearner(supportSwift: [])
        XCTAssertEqual(spec.arguments, [
            "-Onone", "-parse-as-library", "-enable-testing", "-module-name", "Submission", "-wmo", "-no-emit-module-separately-wmo",
            "-emit-module", "-emit-module-path", "/scratch/course-check-1/mod/Submission.swiftmodule",
            "-emit-loaded-module-trace-path", "/scratch/course-check-1/trace.json",
            "-c", "/scratch/course-check-1/src/submission.swift", "-o", "/scratch/course-check-1/Submission.o",
        ])
    }

    func testTheSuiteCompilesToOneObjectAgainstTheLearnerModuleThenLinks() {
        let compile = plan().compileSuiteObject(suiteFiles: ["/scratch/course-check-1/suite/ClampTests.swift"],
                                                harnessFolder: "/cache/harness/abc")
        XCTAssertEqual(compile, ProcessSpec(executable: "/opt/swift/bin/swiftc", arguments: [
            "-Onone", "-swift-version", "6", "-I", "/course/Tests/Hidden/exercise-3/support",
            "-wmo", "-module-name", "HiddenTests", "-I", "/scratch/course-check-1/mod", "-I", "/cache/harness/abc", "-c",
            "/scratch/course-check-1/suite/ClampTests.swift", "/scratch/course-check-1/harness/main.swift",
            "-o", "/scratch/course-check-1/HiddenTests.o",
        ], timeout: 180, keepOutputBytes: 256 << 10, extraEnvironment: ["TMPDIR": "/scratch/course-check-1/tmp"]))
        let link = plan().linkRunner(suiteObject: "/cache/suites/k/HiddenTests.o", cObjects: ["/scratch/course-check-1/c0.o"],
                                     harnessObject: "/cache/harness/abc/CourseHarness.o")
        XCTAssertEqual(link, ProcessSpec(executable: "/opt/swift/bin/swiftc", arguments: [
            "-Onone", "-swift-version", "6", "-I", "/course/Tests/Hidden/exercise-3/support",
            "/cache/suites/k/HiddenTests.o", "/scratch/course-check-1/Submission.o", "/cache/harness/abc/CourseHarness.o",
            "/scratch/course-check-1/c0.o", "-o", "/scratch/course-check-1/runner",
        ], timeout: 180, keepOutputBytes: 256 << 10, extraEnvironment: ["TMPDIR": "/scratch/course-check-1/tmp"]))
    }

    func testTheToolchainsOwnLldLinksWhenItHasOne() {
        var withLLD = plan()
        withLLD.toolchain.lld = "/opt/swift/bin/ld.lld"
        let link = withLLD.linkRunner(suiteObject: "s.o", cObjects: [], harnessObject: "h.o")
        XCTAssertTrue(link.arguments.contains("-use-ld=lld"))
        XCTAssertFalse(plan().linkRunner(suiteObject: "s.o", cObjects: [], harnessObject: "h.o").arguments.contains("-use-ld=lld"))
    }

    func testCSupportCompile() {
        let spec = plan().compileC("/course/support/clamp.c", index: 2)
        XCTAssertEqual(spec, ProcessSpec(executable: "/opt/swift/bin/clang", arguments: [
            "-c", "-fPIC", "-O0", "-I", "/course/Tests/Hidden/exercise-3/support", "/course/support/clamp.c",
            "-o", "/scratch/course-check-1/c2.o",
        ], timeout: 120, extraEnvironment: ["TMPDIR": "/scratch/course-check-1/tmp"]))
        XCTAssertEqual(plan().cObject(2), "/scratch/course-check-1/c2.o")
        XCTAssertNil(plan(clang: false).compileC("/course/support/clamp.c", index: 0))
    }

    func testSharedLibraryCompile() {
        let spec = plan(flags: [], support: nil, sharedLibrary: true).compileSharedLibrary(supportSwift: [], cObjects: [])
        XCTAssertEqual(spec.arguments, [
            "-Onone", "-parse-as-library", "-emit-library", "-module-name", "SubmissionLibrary",
            "/scratch/course-check-1/src/submission.swift", "-o", "/scratch/course-check-1/libexercise.so",
        ])
    }

    func testFolderLayout() {
        let plan = plan()
        XCTAssertEqual([plan.submissionSource, plan.moduleFolder, plan.learnerObject, plan.moduleTrace, plan.harnessMain,
                        plan.runner, plan.sharedLibrary, plan.runFolder], [
            "/scratch/course-check-1/src/submission.swift", "/scratch/course-check-1/mod", "/scratch/course-check-1/Submission.o",
            "/scratch/course-check-1/trace.json", "/scratch/course-check-1/harness/main.swift", "/scratch/course-check-1/runner",
            "/scratch/course-check-1/libexercise.so", "/scratch/course-check-1/run",
        ])
    }

    func testImportPreludeIsScopedToTheSolutionsApi() throws {
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        let inputs = ExerciseInputs(course: course, exercise: try course.exercise("exercise-2"))
        XCTAssertEqual(inputs.importPrelude, "@testable import typealias Submission.Stack\n")
        XCTAssertEqual(inputs.tests.map(\.methodName), GradingFixtures.stackTests)
        XCTAssertNil(inputs.supportFolder)
        XCTAssertEqual(inputs.exercise.settings.timeoutSeconds, 3)

        let c = ExerciseInputs(course: course, exercise: try course.exercise("exercise-3"))
        XCTAssertEqual(c.importPrelude, "@testable import func Submission.clamped\n")
        XCTAssertEqual(c.supportC.map { URL(fileURLWithPath: $0).lastPathComponent }, ["clamp.c"])
        XCTAssertEqual(c.supportFolder, TestSupport.tinyCourse.appendingPathComponent("Tests/Hidden/exercise-3/support").path)
    }
}
