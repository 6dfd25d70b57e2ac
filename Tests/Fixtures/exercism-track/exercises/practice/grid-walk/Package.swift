// swift-tools-version:6.0

import PackageDescription

let package = Package(
  name: "GridWalk",
  products: [.library(name: "GridWalk", targets: ["GridWalk"])],
  dependencies: [

  ],
  targets: [
    .target(name: "GridWalk", dependencies: []),
    .testTarget(name: "GridWalkTests", dependencies: ["GridWalk"]),
  ]
)
