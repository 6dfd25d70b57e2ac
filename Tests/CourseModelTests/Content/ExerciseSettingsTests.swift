import CourseModel
import CourseTestSupport
import XCTest

final class ExerciseSettingsTests: XCTestCase {
    private let file = "Tests/Hidden/exercise-1/exercise.json"

    private func parse(_ json: String) -> (ExerciseSettings?, [String]) {
        let (settings, problems) = ExerciseSettings.parse(Data(json.utf8), file: file)
        for problem in problems { XCTAssertEqual(problem.file, file) }
        return (settings, problems.map(\.message))
    }

    func testFullSettingsParse() {
        let (settings, problems) = parse("""
        {"title": " Say hello ", "hints": ["one", "two"], "learned": "interpolation",
         "swift_flags": ["-swift-version", "6"], "timeout_seconds": 2.5, "requires": ["python3"], "shared_library": true}
        """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(settings, ExerciseSettings(title: "Say hello", hints: ["one", "two"], learned: "interpolation",
                                                  swiftFlags: ["-swift-version", "6"], timeoutSeconds: 2.5,
                                                  requires: ["python3"], sharedLibrary: true))
    }

    func testMinimalSettingsGetDefaults() {
        let (settings, problems) = parse(#"{"title": "T", "hints": ["h"]}"#)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(settings?.timeoutSeconds, ExerciseSettings.defaultTimeout)
        XCTAssertEqual(settings?.timeoutSeconds, 10)
        XCTAssertEqual(settings?.learned, nil)
        XCTAssertEqual(settings?.swiftFlags, [])
        XCTAssertEqual(settings?.requires, [])
        XCTAssertEqual(settings?.sharedLibrary, false)
    }

    func testUnknownKeySuggestsTheNearestKnownOne() {
        let (settings, problems) = parse(#"{"title": "T", "hints": ["h"], "timout_seconds": 5, "hint": ["x"]}"#)
        XCTAssertNotNil(settings, "unknown keys do not make settings unusable")
        XCTAssertEqual(settings?.timeoutSeconds, 10, "a misspelt key is not used")
        XCTAssertTrue(problems.contains("unknown key \"timout_seconds\". Did you mean \"timeout_seconds\"?"), "\(problems)")
        XCTAssertTrue(problems.contains("unknown key \"hint\". Did you mean \"hints\"?"), "\(problems)")
    }

    func testUnknownKeyFarFromEveryKnownOneHasNoSuggestion() {
        let (_, problems) = parse(#"{"title": "T", "hints": ["h"], "zzzzzzzzzzzz": 1}"#)
        XCTAssertEqual(problems, ["unknown key \"zzzzzzzzzzzz\"."])
    }

    func testMissingTitleMakesSettingsUnusable() {
        let (settings, problems) = parse(#"{"hints": ["h"]}"#)
        XCTAssertNil(settings)
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].contains("missing key \"title\""), problems[0])
    }

    func testBlankTitleMakesSettingsUnusable() {
        let (settings, problems) = parse(#"{"title": "   ", "hints": ["h"]}"#)
        XCTAssertNil(settings)
        XCTAssertEqual(problems, ["\"title\" must be a non-empty string"])
    }

    func testNonStringTitleIsReported() {
        let (settings, problems) = parse(#"{"title": 5, "hints": ["h"]}"#)
        XCTAssertNil(settings)
        XCTAssertEqual(problems, ["\"title\" must be a non-empty string"])
    }

    func testMissingHintsIsReportedButSettingsRemainUsable() {
        let (settings, problems) = parse(#"{"title": "T"}"#)
        XCTAssertEqual(settings?.hints, [])
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].contains("missing key \"hints\""), problems[0])
    }

    func testHintsMustBeNonEmptyStrings() {
        for bad in [#""one hint""#, #"[1, 2]"#, #"["ok", " "]"#, #"{"a": "b"}"#] {
            let (settings, problems) = parse(#"{"title": "T", "hints": "# + bad + "}")
            XCTAssertEqual(problems, ["\"hints\" must be a list of non-empty strings"], bad)
            XCTAssertEqual(settings?.hints, [], bad)
        }
    }

    func testEmptyHintListIsReported() {
        let (_, problems) = parse(#"{"title": "T", "hints": []}"#)
        XCTAssertEqual(problems, ["\"hints\" is empty: give at least one hint"])
    }

    func testTimeoutMustBeANumberFromOneTo600() {
        for good in ["1", "600", "3", "1.5"] {
            let (settings, problems) = parse(#"{"title": "T", "hints": ["h"], "timeout_seconds": "# + good + "}")
            XCTAssertEqual(problems, [], good)
            XCTAssertEqual(settings?.timeoutSeconds, Double(good), good)
        }
        for bad in ["0", "0.5", "601", "-3", #""5""#, "true", "null", "[5]"] {
            let (settings, problems) = parse(#"{"title": "T", "hints": ["h"], "timeout_seconds": "# + bad + "}")
            XCTAssertEqual(problems, ["\"timeout_seconds\" must be a number from 1 to 600"], bad)
            XCTAssertEqual(settings?.timeoutSeconds, ExerciseSettings.defaultTimeout, bad)
        }
    }

    func testSharedLibraryMustBeABooleanNotANumber() {
        let (settings, problems) = parse(#"{"title": "T", "hints": ["h"], "shared_library": 1}"#)
        XCTAssertEqual(problems, ["\"shared_library\" must be true or false"])
        XCTAssertEqual(settings?.sharedLibrary, false)
        let (off, none) = parse(#"{"title": "T", "hints": ["h"], "shared_library": false}"#)
        XCTAssertEqual(none, [])
        XCTAssertEqual(off?.sharedLibrary, false)
    }

    func testUnknownRequirementIsReportedAndDropped() {
        let (settings, problems) = parse(#"{"title": "T", "hints": ["h"], "requires": ["python3", "ruby"]}"#)
        XCTAssertEqual(settings?.requires, ["python3"])
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].contains("\"ruby\""), problems[0])
        XCTAssertTrue(problems[0].contains("known: python3"), problems[0])
    }

    func testWrongTypesForListsAndStrings() {
        let (settings, problems) = parse(#"{"title": "T", "hints": ["h"], "swift_flags": "-O", "requires": "python3", "learned": 3}"#)
        XCTAssertNotNil(settings)
        XCTAssertEqual(settings?.swiftFlags, [])
        XCTAssertEqual(settings?.requires, [])
        XCTAssertEqual(settings?.learned, nil)
        XCTAssertEqual(problems.count, 3, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("\"swift_flags\" must be a list of strings") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("\"requires\" must be a list of strings") }, "\(problems)")
        XCTAssertTrue(problems.contains("\"learned\" must be a string"), "\(problems)")
    }

    func testInvalidJSONIsOneProblem() {
        let (settings, problems) = parse(#"{"title": "T" "hints": ["h"]}"#)
        XCTAssertNil(settings)
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems[0], "not valid JSON: expected ',' or '}' after a value, found '\"'; is a comma missing?")
    }

    func testJSONThatIsNotAnObjectIsOneProblem() {
        for text in [#"["title"]"#, "42", #""title""#] {
            let (settings, problems) = ExerciseSettings.parse(Data(text.utf8), file: file)
            XCTAssertNil(settings, text)
            XCTAssertEqual(problems.count, 1, text)
        }
        let (_, problems) = parse(#"["title", "hints"]"#)
        XCTAssertTrue(problems.first?.hasPrefix("must be a JSON object") == true, "\(problems)")
    }

    func testTinyCourseSettingsParseCleanly() throws {
        for (id, timeout) in [("exercise-1", 5.0), ("exercise-2", 3.0), ("exercise-3", 10.0), ("exercise-4", 3.0)] {
            let path = "Tests/Hidden/\(id)/exercise.json"
            let data = try Data(contentsOf: TestSupport.tinyCourse.appendingPathComponent(path))
            let (settings, problems) = ExerciseSettings.parse(data, file: path)
            XCTAssertEqual(problems, [], id)
            XCTAssertEqual(settings?.timeoutSeconds, timeout, id)
            XCTAssertEqual(settings?.hints.count, 2, id)
        }
    }

    /// The ranges come from `Limits`: a message quotes the limits in force, not a number typed twice.
    func testRangeMessagesQuoteTheLimits() {
        var limits = Limits.standard
        limits.testTimeoutRange = 2...30.5
        limits.repeatRunsRange = 2...7
        limits.pointsRange = 1...50
        let json = #"{"title": "T", "hints": ["h"], "timeout_seconds": 1, "repeat_runs": 8, "points": 0}"#
        let (settings, problems) = ExerciseSettings.parse(Data(json.utf8), file: file, limits: limits)
        XCTAssertEqual(problems.map(\.message), ["\"timeout_seconds\" must be a number from 2 to 30.5",
                                                 "\"repeat_runs\" must be a whole number from 2 to 7",
                                                 "\"points\" must be a number from 1 to 50, e.g. \"points\": 10"])
        XCTAssertEqual(settings?.timeoutSeconds, ExerciseSettings.defaultTimeout)
        let (inRange, none) = ExerciseSettings.parse(Data(#"{"title": "T", "hints": ["h"], "repeat_runs": 7, "points": 50}"#.utf8),
                                                     file: file, limits: limits)
        XCTAssertEqual(none, [])
        XCTAssertEqual(inRange?.repeatRuns, 7)
        XCTAssertEqual(inRange?.points, 50)
    }

    /// Each key is decoded on its own: `null`, a string for a number or a number for a boolean is that key's
    /// problem only, and the rest of the file is still read.
    func testWrongJSONTypesAreOneProblemEachAndTheRestIsRead() {
        let (settings, problems) = parse(#"""
        {"title": "T", "hints": ["h"], "learned": null, "starter_compiles": 0, "points": true, "repeat_runs": 2.5,
         "test_weights": {"testA": 2, "testB": "3"}, "environment": {"TZ": 5}, "suite_module": "9Bob", "exports": ["a b"],
         "sanitizers": "address", "timeout_seconds": 4}
        """#)
        XCTAssertEqual(settings?.timeoutSeconds, 4)
        XCTAssertEqual(settings?.starterCompiles, true)
        XCTAssertEqual(settings?.points, 1)
        XCTAssertEqual(settings?.repeatRuns, 1)
        XCTAssertEqual(settings?.testWeights, [:])
        XCTAssertEqual(problems, [
            "\"learned\" must be a string",
            "\"exports\" must be a list of names, e.g. [\"course_sum\"]",
            "\"environment\" must map variable names to strings, e.g. {\"TZ\": \"Asia/Kolkata\"}",
            "\"sanitizers\" must be [\"address\"] or [\"thread\"]",
            "\"starter_compiles\" must be true or false",
            "\"suite_module\" must be the module name the suite imports, e.g. \"Bob\" for '@testable import Bob'",
            "\"repeat_runs\" must be a whole number from 1 to 20",
            "\"points\" must be a number from 0 to 1000, e.g. \"points\": 10",
            "\"test_weights\" must map test method names to numbers of at least 0, e.g. {\"testPushThenPop\": 2}",
        ])
    }

    func testSourceAndEquivalentMutantsAreRead() {
        let (settings, problems) = parse(#"""
        {"title": "T", "source": {"track": "exercism/swift", "slug": "bob", "license": "MIT", "commit": 5},
         "equivalent_mutants": [{"id": "x@1:1#0", "reason": " hint "}, 3, {"reason": "r", "extra": 1}],
         "test_weights": {"testA": 2.5}, "sanitizers": ["thread"], "suite_module": "Bob"}
        """#)
        XCTAssertEqual(settings?.source, ExerciseSource(track: "exercism/swift", slug: "bob", commit: nil, license: "MIT", path: nil))
        XCTAssertEqual(settings?.hints, [], "an imported exercise needs no hints")
        XCTAssertEqual(settings?.equivalentMutants, [EquivalentMutant(id: "x@1:1#0", reason: "hint")])
        XCTAssertEqual(settings?.testWeights, ["testA": 2.5])
        XCTAssertEqual(settings?.sanitizers, [.thread])
        XCTAssertEqual(settings?.suiteModule, "Bob")
        XCTAssertEqual(problems, [
            "\"equivalent_mutants\" must be a list of {\"original\": …, \"mutated\": …, \"reason\": …} or {\"id\": …, \"reason\": …}",
            "\"equivalent_mutants\"[2] has an unknown key \"extra\"; use id, original, mutated and reason",
            "\"equivalent_mutants\"[2] needs \"original\" and \"mutated\" (the lines of the report's diff) or an \"id\"",
        ])
        let (_, bad) = parse(#"{"title": "T", "source": {"track": "t", "slug": ""}}"#)
        XCTAssertEqual(bad.count, 2, "a source that is not one does not excuse the hints: \(bad)")
        XCTAssertTrue(bad[0].hasPrefix("\"source\" must be an object with \"track\", \"slug\" and \"license\""), bad[0])
    }
}
