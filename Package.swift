// swift-tools-version:6.0
import PackageDescription

// No package dependencies: the toolchain's Foundation and XCTest only, so a learner builds offline.
let package = Package(
    name: "course",
    products: [
        .executable(name: "course", targets: ["course"]),
    ],
    targets: [
        .target(
            name: "CourseKit",
            // The test harness is a real Swift file, embedded as data: it runs in every test program, never in course.
            resources: [.embedInCode("Grading/Harness/CourseHarness.swift")],
            swiftSettings: [.swiftLanguageMode(.v5)]),
        .executableTarget(name: "course", dependencies: ["CourseKit"], swiftSettings: [.swiftLanguageMode(.v5)]),
        .testTarget(
            name: "courseTests",
            dependencies: ["CourseKit", "course"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
    ]
)
