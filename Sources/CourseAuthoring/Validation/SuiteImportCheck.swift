import CourseGrading
import CourseModel

/// Suite lines that cannot build on this platform, found without a compiler and reported as the
/// course's problem at their line: an import of a module the grader does not build (it builds the harness,
/// `CourseHarness`, and the reference solution, `Reference`, which only hidden files may import) (the leftover
/// `@testable import Bob` of a suite written for a package), and XCTest API that exists only on Apple
/// platforms (`XCTExpectFailure`).
enum SuiteImportCheck {
    /// Modules every suite may import here: the toolchain's own.
    static let toolchainModules: Set<String> = [
        "Swift", "Foundation", "FoundationEssentials", "FoundationInternationalization", "FoundationNetworking", "FoundationXML",
        "Dispatch", "Glibc", "Musl", "SwiftGlibc", "XCTest", "Testing", "Synchronization", "RegexBuilder", "Observation",
        "_Concurrency", "_StringProcessing", "Distributed", "Cxx", "CxxStdlib",
    ]

    /// Names corelibs XCTest (Linux) does not declare; checked with Swift 6.3.1.
    static let appleOnlyXCTest: Set<String> = [
        "XCTExpectFailure", "XCTExpectedFailure", "XCTIssue", "XCTAttachment", "XCTContext", "XCUIApplication", "XCUIElement",
        "XCTMetric", "XCTClockMetric", "XCTCPUMetric", "XCTMemoryMetric", "XCTStorageMetric", "XCTOSSignpostMetric",
        "XCTMeasureOptions", "XCTKVOExpectation", "XCTDarwinNotificationExpectation",
    ]

    static func problems(in sources: ExerciseSources, supportModules: Set<String>) -> [CourseProblem] {
        let settings = sources.exercise.settings
        var problems: [CourseProblem] = []
        for file in sources.suite {
            let tokens = file.tokens
            for (index, token) in tokens.enumerated() {
                if token.text == "import", index + 1 < tokens.count, tokens[index + 1].line == token.line {
                    // `import struct Foundation.Date`: the module is the word after the kind.
                    var nameIndex = index + 1
                    if ["struct", "class", "enum", "protocol", "typealias", "func", "let", "var", "actor"].contains(tokens[nameIndex].text),
                       nameIndex + 1 < tokens.count { nameIndex += 1 }
                    let module = tokens[nameIndex].text
                    if module == ReferenceModule.name, file.path.contains("/public/") {
                        problems.append(CourseProblem(file: file.path, line: token.line,
                            "imports the reference solution (`Reference`), but public tests are shipped to learners, who have no reference: "
                            + "move the generated tests that compare with it to the exercise's tests/ folder (hidden)"))
                        continue
                    }
                    guard SuiteScanner.isName(module), module != ReferenceModule.name, module != LinuxXCTestHarness().supportModuleName, module != BuildPlan.learnerModule, module != settings.suiteModule,
                          !toolchainModules.contains(module), !supportModules.contains(module) else { continue }
                    problems.append(CourseProblem(file: file.path, line: token.line,
                        "imports the module `\(module)`, which the grader does not build: the suite sees the learner's code through the exercise's API. "
                        + "If `\(module)` is the module the suite was written against (a package's target), add \"suite_module\": \"\(module)\" to \(sources.exercise.settingsPath) "
                        + "and the grader drops this import when it compiles the suite; otherwise remove the line"))
                } else if appleOnlyXCTest.contains(token.text) {
                    problems.append(CourseProblem(file: file.path, line: token.line,
                        "uses `\(token.text)`, which XCTest on Linux does not have: the suite cannot compile here. Remove it, or rewrite that test (e.g. with XCTSkip, or in Swift Testing with withKnownIssue)"))
                }
            }
        }
        return problems
    }

    /// The module names a support folder's `module.modulemap` declares (`module CRing { … }`).
    static func moduleNames(inModuleMap text: String) -> Set<String> {
        let tokens = SwiftTokenizer.tokens(text)
        var names: Set<String> = []
        for (index, token) in tokens.enumerated() where token.text == "module" && index + 1 < tokens.count {
            names.insert(tokens[index + 1].text)
        }
        return names
    }
}
