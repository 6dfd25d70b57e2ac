// swift-tools-version:6.0

import PackageDescription

let package = Package(
  name: "GreetingCard",
  products: [.library(name: "GreetingCard", targets: ["GreetingCard"])],
  dependencies: [
    // .package(url: "https://example.invalid/commented-out", from: "1.0.0"),

  ],
  targets: [
    .target(name: "GreetingCard", dependencies: []),
    .testTarget(name: "GreetingCardTests", dependencies: ["GreetingCard"]),
  ]
)
