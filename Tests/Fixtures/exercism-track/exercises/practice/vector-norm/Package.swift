// swift-tools-version:6.0

import PackageDescription

let package = Package(
  name: "VectorNorm",
  products: [.library(name: "VectorNorm", targets: ["VectorNorm"])],
  dependencies: [
    .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
  ],
  targets: [
    .target(name: "VectorNorm", dependencies: []),
    .testTarget(name: "VectorNormTests", dependencies: ["VectorNorm"]),
  ]
)
