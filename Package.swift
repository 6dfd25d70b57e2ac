// swift-tools-version:6.0
import Foundation
import PackageDescription

#if !os(Linux)
#error("course builds and grades on Linux only. On macOS or Windows, open this folder in its dev container (README: On macOS or Windows).")
#endif

// No package dependencies: the toolchain's Foundation and XCTest only, so a learner builds offline.
// The library is a one-way stack of layers; each target imports only the targets it lists, which come
// before it here (see ARCHITECTURE.md). `.ci/run` builds with `--explicit-target-dependency-import-check error`,
// so an import of a target that is not listed fails the build.
let package = Package(
    name: "course",
    products: [
        .executable(name: "course", targets: ["course"]),
    ],
    targets: [
        // Course content, settings, progress, layout, limits and support utilities.
        .target(name: "CourseModel"),
        // Markdown parsing, highlighting and rendering to styled lines: no dependencies.
        .target(name: "CourseMarkdown", exclude: ["README.md"]),
        // Subprocesses, output reading, the child registry, orphan sweep and the work pool.
        .target(name: "CourseProcess", dependencies: ["CourseModel"], exclude: ["README.md"]),
        // Grading one submission: build, harness, sandbox, test run, results, caches.
        .target(
            name: "CourseGrading",
            dependencies: ["CourseModel", "CourseProcess"],
            exclude: ["README.md"],
            // The test harness is real Swift files (XCTest, Swift Testing, the doors it closes, generators), embedded as data: it runs in every test program, never in course.
            resources: [.embedInCode("Harness/CourseHarness.swift"),
                        .embedInCode("Harness/CourseTestingHarness.swift"),
                        .embedInCode("Harness/CourseDoors.swift"),
                        .embedInCode("Harness/CourseGenerators.swift"),
                        .embedInCode("Harness/CourseComparison.swift"),
                        .embedInCode("Harness/CourseProperties.swift")]),
        // For course authors: validation and scaffolding, mutation analysis, Exercism import.
        // What `course init` and `course new` write is real files in Templates/, embedded as data like the harness.
        .target(name: "CourseAuthoring", dependencies: ["CourseModel", "CourseProcess", "CourseGrading"], exclude: ["README.md"],
                resources: [.embedInCode("Templates/NewCourseLesson.md"), .embedInCode("Templates/NewCourseStarter.swift"),
                            .embedInCode("Templates/NewCourseSolution.swift"), .embedInCode("Templates/NewCourseWrong.swift"),
                            .embedInCode("Templates/NewCourseSuite.swift"), .embedInCode("Templates/NewCourseSettings.json"),
                            .embedInCode("Templates/ScaffoldLesson.md"), .embedInCode("Templates/ScaffoldStarter.swift"),
                            .embedInCode("Templates/ScaffoldSuite.swift"), .embedInCode("Templates/ScaffoldGenerated.swift")]),
        // For teachers: grading a class, its outputs, the learner edition.
        // Gradescope's two scripts are embedded as data, written into the autograder zip (`course export --gradescope`).
        .target(name: "CourseClassroom", dependencies: ["CourseModel", "CourseProcess", "CourseGrading"], exclude: ["README.md"],
                resources: [.embedInCode("Gradescope/run_autograder"), .embedInCode("Gradescope/setup.sh")]),
        // What a person reads: styles, line wrapping, views.
        .target(name: "CourseTerminal",
                dependencies: ["CourseModel", "CourseMarkdown", "CourseGrading", "CourseAuthoring", "CourseClassroom"]),
        // The commands, their registry and the argument parser.
        .target(name: "CourseCLI",
                dependencies: ["CourseModel", "CourseProcess", "CourseGrading", "CourseAuthoring", "CourseClassroom", "CourseTerminal"]),
        // The thin executable: real terminal, signals, exit status.
        .executableTarget(name: "course", dependencies: ["CourseCLI", "CourseProcess"]),
    ] + toolTests
)

// Tests mirror Sources/: one test target per target, plus one support target. A learner edition
// (`course export --learner`) ships the tool without its tests, and so without these targets.
var toolTests: [Target] {
    guard FileManager.default.fileExists(atPath: Context.packageDirectory + "/Tests/CourseTestSupport") else { return [] }
    return [
        .target(name: "CourseTestSupport", dependencies: ["CourseModel", "CourseProcess", "CourseGrading"], path: "Tests/CourseTestSupport"),
        .testTarget(name: "CourseModelTests", dependencies: ["CourseModel", "CourseTestSupport"]),
        .testTarget(name: "CourseMarkdownTests", dependencies: ["CourseMarkdown", "CourseTestSupport"]),
        .testTarget(name: "CourseProcessTests", dependencies: ["CourseModel", "CourseProcess", "CourseTestSupport"]),
        .testTarget(name: "CourseGradingTests", dependencies: ["CourseModel", "CourseProcess", "CourseGrading", "CourseTestSupport"]),
        .testTarget(name: "CourseAuthoringTests", dependencies: ["CourseModel", "CourseGrading", "CourseAuthoring", "CourseTestSupport"]),
        .testTarget(name: "CourseClassroomTests", dependencies: ["CourseModel", "CourseClassroom", "CourseTestSupport"]),
        .testTarget(name: "CourseTerminalTests", dependencies: ["CourseModel", "CourseGrading", "CourseAuthoring", "CourseTerminal", "CourseTestSupport"]),
        .testTarget(name: "CourseCLITests", dependencies: ["CourseModel", "CourseGrading", "CourseTerminal", "CourseCLI", "CourseTestSupport"]),
        // End-to-end tests of the built `course` binary.
        .testTarget(name: "courseTests", dependencies: ["CourseModel", "CourseProcess", "CourseGrading", "CourseAuthoring", "CourseClassroom",
                                                        "CourseTerminal", "CourseCLI", "CourseTestSupport", "course"]),
    ]
}
