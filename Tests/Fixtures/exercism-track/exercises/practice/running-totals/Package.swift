// swift-tools-version:6.0

import PackageDescription

let package = Package(
  name: "RunningTotals",
  products: [.library(name: "RunningTotals", targets: ["RunningTotals"])],
  dependencies: [
    // .package(url: "https://example.invalid/commented-out", from: "1.0.0"),

  ],
  targets: [
    .target(name: "RunningTotals", dependencies: []),
    .testTarget(name: "RunningTotalsTests", dependencies: ["RunningTotals"]),
  ]
)
