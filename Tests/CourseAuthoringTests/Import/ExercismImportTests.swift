@testable import CourseAuthoring
@testable import CourseGrading
import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// The pure parts of `course import exercism`, from tables.
final class ExercismImportTests: XCTestCase {
    func testTheSuitesModuleImportIsDroppedAndItsQualifierMapped() {
        let cases: [(String, Set<String>, String)] = [
            ("import Testing\n@testable import Bob\nlet x = 1", ["Bob"], "import Testing\n\nlet x = 1"),
            ("import Bob // the module\nBob.response(\"\")", ["Bob"], "\nBob.response(\"\")"),
            ("@testable import Hamming\nlet d = try Hamming.compute(\"A\", against: \"A\")", [],
             "\nlet d = try Submission.compute(\"A\", against: \"A\")"),
            ("let a = x.Hamming.y; let b = MyHamming.z; let c = Hamming.w", [], "let a = x.Hamming.y; let b = MyHamming.z; let c = Submission.w"),
            ("import HammingExtras\nimport Foundation", [], "import HammingExtras\nimport Foundation"),
        ]
        for (source, types, expected) in cases {
            let module = source.contains("Bob") ? "Bob" : "Hamming"
            XCTAssertEqual(SuiteModuleImport.rewrite(source, module: module, learnerModule: "Submission", contractTypes: types), expected, source)
        }
    }

    func testDeclarationsTheSupportFilesHaveAreLeftOutOfTheSolutionLineForLine() {
        let source = """
            import Foundation

            enum ParseError: Error {
              case empty
            }

            struct Tree: Equatable { var children: [Tree] }
            func parse(_ text: String) throws -> Tree {
              guard !text.isEmpty else { throw ParseError.empty }
              return Tree(children: [])
            }
            """
        let result = DuplicateDeclarations.removing(["ParseError", "Tree"], from: source)
        let lines = result.components(separatedBy: "\n")
        XCTAssertEqual(lines.count, source.components(separatedBy: "\n").count)
        XCTAssertEqual(lines[2], "")
        XCTAssertEqual(lines[4], "")
        XCTAssertEqual(lines[6], "")
        XCTAssertEqual(lines[7], "func parse(_ text: String) throws -> Tree {")
        XCTAssertEqual(DuplicateDeclarations.removing([], from: source), source)
    }

    func testHintsComeFromTheSectionsOfHintsMarkdown() {
        let cases: [(String?, [String])] = [
            (nil, []),
            ("# Hints\n", []),
            ("# Hints\n\n## General\n\n- Use a loop.\n\n## 1. Count\n\n- Start at zero.\n",
             ["General:\n- Use a loop.", "1. Count:\n- Start at zero."]),
            ("# Hints\n\nThink about ranges.\n", ["Think about ranges."]),
            ("## Empty\n\n## Full\nText\n", ["Full:\nText"]),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(ExercismDocs.hints(text), expected, text ?? "nil")
        }
    }

    func testLessonHeadingsMoveOneLevelDownOutsideCode() {
        XCTAssertEqual(ExercismDocs.demoteHeadings("# Instructions\n\n## Step\n```\n# not a heading\n```\n#hashtag"),
                       "## Instructions\n\n### Step\n```\n# not a heading\n```\n#hashtag")
        XCTAssertEqual(ExercismDocs.demoteHeadings("Text.\n\n~~~~exercism/note\nA note.\n\nMore.\n~~~~\n# After"),
                       "Text.\n\n> **Note**\n>\n> A note.\n>\n> More.\n## After")
    }

    func testPackageDependenciesIgnoreComments() {
        let cases: [(String, [String])] = [
            ("dependencies: []", []),
            ("dependencies: [\n  // .package(url: \"https://x/commented\", from: \"1.0.0\"),\n]", []),
            ("dependencies: [ /* .package(url: \"https://x/block\") */ ]", []),
            ("dependencies: [\n  .package(url: \"https://github.com/apple/swift-numerics\", from: \"1.0.0\"),\n]", ["swift-numerics"]),
            ("dependencies: [.package(url: \"https://x/a.git\", from: \"1.0.0\"), .package(url: \"https://x/b\", exact: \"2.0.0\")]", ["a", "b"]),
            ("let s = \"// not a comment\"; dependencies: [.package(path: \"../local\")]", ["local"]),
        ]
        for (manifest, expected) in cases {
            XCTAssertEqual(PackageDependencies.names(in: manifest), expected, manifest)
        }
    }

    func testImportedSettingsMayHaveNoHintsAndNameTheSuitesModule() {
        let imported = #"{"title": "Bob", "hints": [], "suite_module": "Bob", "source": {"track": "exercism/swift", "slug": "bob", "license": "MIT"}}"#
        let (settings, problems) = ExerciseSettings.parse(Data(imported.utf8), file: "exercise.json")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(settings?.suiteModule, "Bob")
        XCTAssertEqual(settings?.source?.slug, "bob")

        let handWritten = #"{"title": "Bob", "hints": []}"#
        XCTAssertEqual(ExerciseSettings.parse(Data(handWritten.utf8), file: "e.json").1.map(\.message), ["\"hints\" is empty: give at least one hint"])
        let badModule = #"{"title": "Bob", "hints": ["h"], "suite_module": "Bob Tests", "source": {"track": "t"}}"#
        let messages = ExerciseSettings.parse(Data(badModule.utf8), file: "e.json").1.map(\.message)
        XCTAssertEqual(messages.count, 2, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("\"source\" must be an object") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("\"suite_module\" must be the module name") }, "\(messages)")
    }

    func testTheFixtureTrackIsReadInTheTracksOrder() throws {
        let track = try ExercismTrack.open(TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/exercism-track"))
        XCTAssertEqual(track.track, "exercism/swift")
        XCTAssertNil(track.commit, "the fixture is not a git checkout")
        XCTAssertEqual(track.entries.map(\.slug), ["greeting-card", "tally", "running-totals", "grid-walk", "vector-norm"])
        XCTAssertEqual(try track.select(["grid-walk", "tally"]).map(\.slug), ["tally", "grid-walk"])

        let walk = try ExercismExercise.read(track.entries[3], track: track.root)
        XCTAssertEqual(walk.module, "GridWalk")
        XCTAssertEqual(walk.support.map(\.name), ["Point.swift"])
        XCTAssertEqual(walk.tests.map(\.name), ["GridWalkTests.swift", "Point+Text.swift"])
        XCTAssertTrue(walk.solution.contains("struct StepTable"), "the example's helper file is part of the solution")
        XCTAssertFalse(walk.solution.contains("struct Point"), "the support file's type is not declared twice")
        XCTAssertEqual(try ExercismExercise.read(track.entries[2], track: track.root).extendedTypes, ["Array"])
        XCTAssertThrowsError(try ExercismExercise.read(track.entries[4], track: track.root)) { error in
            XCTAssertTrue((error as? ExercismExercise.Skip)?.reason.hasPrefix("needs the package swift-numerics") == true, "\(error)")
        }
    }

    func testGitHeadIsReadWithoutGit() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let git = folder.appendingPathComponent(".git")
        try FileManager.default.createDirectory(at: git.appendingPathComponent("refs/heads"), withIntermediateDirectories: true)
        let hash = String(repeating: "ab", count: 20)
        try "ref: refs/heads/main\n".write(to: git.appendingPathComponent("HEAD"), atomically: true, encoding: .utf8)
        XCTAssertNil(GitHead.commit(of: folder))
        try "\(hash) refs/heads/main\n".write(to: git.appendingPathComponent("packed-refs"), atomically: true, encoding: .utf8)
        XCTAssertEqual(GitHead.commit(of: folder), hash)
        try "\(hash)\n".write(to: git.appendingPathComponent("HEAD"), atomically: true, encoding: .utf8)
        XCTAssertEqual(GitHead.commit(of: folder), hash)
    }
}
