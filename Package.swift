// swift-tools-version:6.0
import Foundation
import PackageDescription

#if !os(Linux)
#error("course builds and grades on Linux only. On macOS or Windows, open this folder in its dev container (README: On macOS or Windows).")
#endif

// No package dependencies: the toolchain's Foundation and XCTest only, so a learner builds offline.
// The library is four layers; each target imports only the ones listed before it (see ARCHITECTURE.md).
let package = Package(
    name: "course",
    products: [
        .executable(name: "course", targets: ["course"]),
    ],
    targets: [
        // Course content, settings, progress, layout, limits and support utilities.
        .target(name: "CourseModel"),
        // Grading: build, run, harness, processes, validation and scaffolding.
        .target(
            name: "CourseKit",
            dependencies: ["CourseModel"],
            // The test harness is two real Swift files (XCTest, Swift Testing), embedded as data: it runs in every test program, never in course.
            resources: [.embedInCode("Grading/Harness/CourseHarness.swift"),
                        .embedInCode("Grading/Harness/CourseTestingHarness.swift"),
                        .embedInCode("Grading/Harness/CourseGenerators.swift"),
                        // Gradescope's two scripts, written into the autograder zip (`course export --gradescope`).
                        .embedInCode("Classroom/Gradescope/run_autograder"),
                        .embedInCode("Classroom/Gradescope/setup.sh")]),
        // What a person reads: Markdown rendering, styles, views.
        .target(name: "CourseTerminal", dependencies: ["CourseModel", "CourseKit"]),
        // The commands, their registry and the argument parser.
        .target(name: "CourseCLI", dependencies: ["CourseModel", "CourseKit", "CourseTerminal"]),
        // The thin executable: real terminal, signals, exit status.
        .executableTarget(name: "course", dependencies: ["CourseCLI", "CourseKit"]),
    ] + toolTests
)

// Tests mirror Sources/: one test target per target, plus one support target. A learner edition
// (`course export --learner`) ships the tool without its tests, and so without these targets.
var toolTests: [Target] {
    guard FileManager.default.fileExists(atPath: Context.packageDirectory + "/Tests/CourseTestSupport") else { return [] }
    return [
        .target(name: "CourseTestSupport", dependencies: ["CourseModel", "CourseKit"], path: "Tests/CourseTestSupport"),
        .testTarget(name: "CourseModelTests", dependencies: ["CourseModel", "CourseTestSupport"]),
        .testTarget(name: "CourseKitTests", dependencies: ["CourseModel", "CourseKit", "CourseTestSupport"]),
        .testTarget(name: "CourseTerminalTests", dependencies: ["CourseModel", "CourseKit", "CourseTerminal", "CourseTestSupport"]),
        .testTarget(name: "CourseCLITests", dependencies: ["CourseModel", "CourseKit", "CourseTerminal", "CourseCLI", "CourseTestSupport"]),
        // End-to-end tests of the built `course` binary.
        .testTarget(name: "courseTests", dependencies: ["CourseModel", "CourseKit", "CourseTerminal", "CourseCLI", "CourseTestSupport", "course"]),
    ]
}
