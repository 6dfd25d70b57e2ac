// swift-tools-version:6.0
import PackageDescription

// No package dependencies: the toolchain's Foundation and XCTest only, so a learner builds offline.
let package = Package(
    name: "course",
    products: [
        .executable(name: "course", targets: ["course"]),
    ],
    targets: [
        .target(name: "CourseKit"),
        .executableTarget(name: "course", dependencies: ["CourseKit"]),
        .testTarget(name: "courseTests", dependencies: ["CourseKit", "course"]),
    ]
)
