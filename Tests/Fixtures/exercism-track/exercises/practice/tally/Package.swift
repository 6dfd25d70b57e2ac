// swift-tools-version:6.0

import PackageDescription

let package = Package(
  name: "Tally",
  products: [.library(name: "Tally", targets: ["Tally"])],
  dependencies: [
    // .package(url: "https://example.invalid/commented-out", from: "1.0.0"),

  ],
  targets: [
    .target(name: "Tally", dependencies: []),
    .testTarget(name: "TallyTests", dependencies: ["Tally"]),
  ]
)
