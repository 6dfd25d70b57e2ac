import CourseModel

/// The test framework a hidden suite file is written in. Detected per file, so one exercise may mix them.
public enum TestFramework: String, Codable, Sendable, CaseIterable {
    case xctest = "XCTest"
    case swiftTesting = "Swift Testing"

    /// The frameworks a suite file imports (`import XCTest`, `import Testing`, also `@testable`/scoped imports).
    public static func imported(by source: String) -> Set<TestFramework> {
        let tokens = SwiftTokenizer.tokens(source)
        var found: Set<TestFramework> = []
        for (index, token) in tokens.enumerated() where token.text == "import" {
            var next = index + 1
            // `import struct Testing.Test`: the kind keyword comes first.
            if next < tokens.count, ["struct", "class", "enum", "func", "typealias", "protocol", "var", "let"].contains(tokens[next].text) {
                next += 1
            }
            guard next < tokens.count else { continue }
            switch tokens[next].text {
            case "XCTest": found.insert(.xctest)
            case "Testing": found.insert(.swiftTesting)
            default: break
            }
        }
        return found
    }

    /// The frameworks an exercise's tests use, in a fixed order: what cache keys and reports name.
    public static func used(by tests: [SuiteScanner.TestMethod]) -> [TestFramework] {
        allCases.filter { framework in tests.contains { $0.framework == framework } }
    }
}
