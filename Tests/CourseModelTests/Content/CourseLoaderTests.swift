import CourseModel
import CourseTestSupport
import XCTest

final class CourseLoaderTests: XCTestCase {
    // MARK: - Building small courses on disk

    private func makeCourse(manifest: String? = #"{"format_version": 1, "title": "Test course"}"#,
                            lessons: [String: String] = [:], exercises: [String: String] = [:]) throws -> URL {
        let root = try TestSupport.temporaryFolder(self).appendingPathComponent("course")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("Lessons"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("Tests/Hidden"), withIntermediateDirectories: true)
        if let manifest { try Data(manifest.utf8).write(to: root.appendingPathComponent("course.json")) }
        for (name, text) in lessons {
            try Data(text.utf8).write(to: root.appendingPathComponent("Lessons/\(name)"))
        }
        for (id, json) in exercises {
            let folder = root.appendingPathComponent("Tests/Hidden/\(id)")
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(json.utf8).write(to: folder.appendingPathComponent("exercise.json"))
        }
        return root
    }

    private func lesson(_ title: String, exercises: String, extra: String = "") -> String {
        "---\ntitle: \(title)\nmodule: Basics\n\(extra)exercises: \(exercises)\n---\n\n# \(title)\n\nText.\n"
    }

    private func settings(_ title: String) -> String { #"{"title": "\#(title)", "hints": ["a hint"]}"# }

    private func descriptions(_ course: Course) -> [String] { course.problems.map(\.description) }

    // MARK: - The example course

    func testLoadsTheTinyCourseInOrderWithoutProblems() throws {
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        XCTAssertEqual(course.problems, [])
        XCTAssertEqual(course.title, "A tiny example course")
        XCTAssertEqual(course.formatVersion, 1)
        XCTAssertEqual(course.lessons.map(\.number), [1, 2, 3])
        XCTAssertEqual(course.lessons.map(\.slug), ["first-steps", "calling-c", "swift-testing"])
        XCTAssertEqual(course.lessons.map(\.title), ["First steps", "Calling a C function", "Errors, checked with Swift Testing"])
        XCTAssertEqual(course.lessons.map(\.module), ["Basics", "Interop", "Errors"])
        XCTAssertEqual(course.lessons.map(\.path), ["Lessons/01-first-steps.md", "Lessons/02-calling-c.md", "Lessons/03-swift-testing.md"])
        XCTAssertEqual(course.lessons[0].exerciseIDs, ["exercise-1", "exercise-2"])
        XCTAssertEqual(course.exercises.map(\.id), ["exercise-1", "exercise-2", "exercise-3", "exercise-4"])
        XCTAssertEqual(course.exercises.map(\.number), [1, 2, 3, 4])
        XCTAssertEqual(course.exercises.map(\.lessonNumber), [1, 1, 2, 3])
        XCTAssertEqual(course.exercises.map(\.settings.title), ["Say hello", "A generic stack", "Call C from Swift", "Parse a count"])
        XCTAssertEqual(course.modules.map(\.name), ["Basics", "Interop", "Errors"])
        XCTAssertTrue(course.lessons[0].body.contains("# First steps"))
        XCTAssertFalse(course.lessons[0].body.contains("exercises:"))
    }

    func testExerciseLookupByIdNumberAndTypo() throws {
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        XCTAssertEqual(try course.exercise("exercise-2").id, "exercise-2")
        XCTAssertEqual(try course.exercise("3").id, "exercise-3")
        XCTAssertThrowsError(try course.exercise("exercis-1")) { error in
            XCTAssertEqual(error as? CourseError, .unknownExercise("exercis-1", suggestion: "exercise-1"))
        }
        XCTAssertThrowsError(try course.exercise("banana-split-sundae")) { error in
            XCTAssertEqual(error as? CourseError, .unknownExercise("banana-split-sundae", suggestion: nil))
            XCTAssertEqual((error as? CourseError)?.exitCode, 64)
        }
        let exercise = try course.exercise("exercise-1")
        XCTAssertEqual(exercise.learnerPath, "Exercises/exercise-1.swift")
        XCTAssertEqual(exercise.solutionPath, "Solutions/exercise-1.swift")
        XCTAssertEqual(exercise.starterPath, "Tests/Hidden/exercise-1/starter.swift")
    }

    func testLessonLookupByNumberAndSlug() throws {
        let course = try CourseLoader.load(root: TestSupport.tinyCourse)
        XCTAssertEqual(try course.lesson("2").slug, "calling-c")
        XCTAssertEqual(try course.lesson("first-steps").number, 1)
        XCTAssertThrowsError(try course.lesson("99")) { error in
            guard case .unknownLesson("99", _)? = error as? CourseError else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try course.lesson("first-step")) { error in
            XCTAssertEqual(error as? CourseError, .unknownLesson("first-step", suggestion: "first-steps"))
        }
    }

    // MARK: - course.json

    func testMissingManifestStopsLoading() throws {
        let root = try makeCourse(manifest: nil)
        XCTAssertThrowsError(try CourseLoader.load(root: root)) { error in
            guard case .invalidCourse(let file, let reason)? = error as? CourseError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "course.json")
            XCTAssertTrue(reason.hasPrefix("missing"), reason)
        }
    }

    func testManifestSyntaxErrorsNameLineAndColumn() throws {
        let root = try makeCourse(manifest: "{\n  \"format_version\": 1,\n  \"title\": \"T\",\n}\n")
        XCTAssertThrowsError(try CourseLoader.load(root: root)) { error in
            XCTAssertEqual((error as? CourseError)?.message, "course.json:3:15: not valid JSON: trailing comma before '}': JSON allows none; remove it")
        }
    }

    func testManifestThatIsNotAnObjectStopsLoading() throws {
        for text in ["[1]", "{", "", #"{"format_version": "1"}"#, #"{"format_version": 1.5}"#, #"{"format_version": 0}"#,
                     #"{"format_version": true}"#, #"{"title": "x"}"#] {
            let root = try makeCourse(manifest: text)
            XCTAssertThrowsError(try CourseLoader.load(root: root), text) { error in
                // A syntax error is located: course.json:LINE:COLUMN.
                guard case .invalidCourse(let file, _)? = error as? CourseError, file == "course.json" || file.hasPrefix("course.json:1:") else {
                    return XCTFail("\(text): \(error)")
                }
            }
        }
    }

    func testNewerFormatVersionStopsLoading() throws {
        let root = try makeCourse(manifest: #"{"format_version": 99, "title": "Future"}"#)
        XCTAssertThrowsError(try CourseLoader.load(root: root)) { error in
            XCTAssertEqual(error as? CourseError, .courseFormatTooNew(found: 99, supported: CourseFormat.supportedVersion))
            XCTAssertTrue((error as? CourseError)?.message.contains("Update the tool") == true)
        }
    }

    func testTitleDefaultsToTheFolderName() throws {
        let root = try makeCourse(manifest: #"{"format_version": 1}"#)
        XCTAssertEqual(try CourseLoader.load(root: root).title, "course")
    }

    // MARK: - Problems that do not stop loading

    func testMissingExerciseIsAProblemOnTheExercisesLine() throws {
        let root = try makeCourse(lessons: ["01-intro.md": lesson("Intro", exercises: "exercise-1, exercise-5")],
                                  exercises: ["exercise-1": settings("One")])
        let course = try CourseLoader.load(root: root)
        XCTAssertEqual(course.exercises.map(\.id), ["exercise-1"])
        XCTAssertEqual(course.problems.count, 1, "\(descriptions(course))")
        let problem = try XCTUnwrap(course.problems.first)
        XCTAssertEqual(problem.file, "Lessons/01-intro.md")
        XCTAssertEqual(problem.line, 4)
        XCTAssertTrue(problem.message.contains("names exercise-5, but Tests/Hidden/exercise-5/exercise.json does not exist"), problem.message)
        XCTAssertTrue(problem.message.contains("course new exercise --lesson 1"), problem.message)
    }

    func testDuplicateLessonNumbersAreReportedOnceWithTheNextFreeNumber() throws {
        let root = try makeCourse(lessons: ["01-alpha.md": lesson("Alpha", exercises: "exercise-1"),
                                            "01-beta.md": lesson("Beta", exercises: "exercise-2"),
                                            "01-gamma.md": lesson("Gamma", exercises: "exercise-3"),
                                            "04-delta.md": lesson("Delta", exercises: "")],
                                  exercises: ["exercise-1": settings("One"), "exercise-2": settings("Two"), "exercise-3": settings("Three")])
        let course = try CourseLoader.load(root: root)
        XCTAssertEqual(course.lessons.map(\.slug), ["alpha", "delta"])
        XCTAssertEqual(descriptions(course), [
            "Lessons/01-beta.md: has the same number as Lessons/01-alpha.md, so it is left out; rename it to Lessons/05-beta.md (5 is the next free number)",
            "Lessons/01-gamma.md: has the same number as Lessons/01-alpha.md, so it is left out; rename it to Lessons/06-gamma.md (6 is the next free number)",
        ], "one problem per file, no follow-on 'not listed by any lesson' for its exercises")
    }

    func testBadLessonFileNamesAreProblemsAndReadmeIsIgnored() throws {
        let root = try makeCourse(lessons: ["01-ok.md": lesson("OK", exercises: "exercise-1"),
                                            "intro.md": lesson("Intro", exercises: ""),
                                            "2-.md": lesson("No slug", exercises: ""),
                                            "README.md": "# Not a lesson\n",
                                            "notes.txt": "ignored"],
                                  exercises: ["exercise-1": settings("One")])
        let course = try CourseLoader.load(root: root)
        XCTAssertEqual(course.lessons.map(\.path), ["Lessons/01-ok.md"])
        XCTAssertEqual(Set(course.problems.map(\.file)), ["Lessons/intro.md", "Lessons/2-.md"], "\(descriptions(course))")
        for problem in course.problems {
            XCTAssertTrue(problem.message.contains("lesson files are named NN-slug.md"), problem.message)
        }
    }

    func testOrphanHiddenFolderIsAProblem() throws {
        let root = try makeCourse(lessons: ["01-intro.md": lesson("Intro", exercises: "exercise-1")],
                                  exercises: ["exercise-1": settings("One"), "exercise-9": settings("Nine")])
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Tests/Hidden/shared-helpers"),
                                                withIntermediateDirectories: true)
        let course = try CourseLoader.load(root: root)
        XCTAssertEqual(course.exercises.map(\.id), ["exercise-1"])
        XCTAssertEqual(descriptions(course),
                       ["Tests/Hidden/exercise-9: is not listed by any lesson; add it to a lesson's 'exercises:' line"])
    }

    func testUnknownKeysInSettingsSuggestTheKnownKey() throws {
        let root = try makeCourse(lessons: ["01-intro.md": lesson("Intro", exercises: "exercise-1")],
                                  exercises: ["exercise-1": #"{"title": "One", "hints": ["h"], "leanred": "x"}"#])
        let course = try CourseLoader.load(root: root)
        XCTAssertEqual(course.exercises.map(\.id), ["exercise-1"])
        XCTAssertEqual(descriptions(course),
                       [#"Tests/Hidden/exercise-1/exercise.json: unknown key "leanred". Did you mean "learned"?"#])
    }

    func testUnknownFrontMatterKeyIsReportedOnItsLine() throws {
        let root = try makeCourse(lessons: ["01-intro.md": lesson("Intro", exercises: "exercise-1", extra: "titel: Oops\n")],
                                  exercises: ["exercise-1": settings("One")])
        let course = try CourseLoader.load(root: root)
        XCTAssertEqual(course.problems.count, 1, "\(descriptions(course))")
        let problem = try XCTUnwrap(course.problems.first)
        XCTAssertEqual(problem.file, "Lessons/01-intro.md")
        XCTAssertEqual(problem.line, 4)
        XCTAssertTrue(problem.message.contains("unknown front-matter key 'titel'"), problem.message)
    }

    func testUnusableSettingsDropTheExercise() throws {
        let root = try makeCourse(lessons: ["01-intro.md": lesson("Intro", exercises: "exercise-1, exercise-2")],
                                  exercises: ["exercise-1": #"{"hints": ["h"]}"#, "exercise-2": "{not json"])
        let course = try CourseLoader.load(root: root)
        XCTAssertEqual(course.exercises, [])
        XCTAssertEqual(Set(course.problems.map(\.file)),
                       ["Tests/Hidden/exercise-1/exercise.json", "Tests/Hidden/exercise-2/exercise.json"], "\(descriptions(course))")
    }

    func testBadExerciseIdAndExerciseListedTwice() throws {
        let root = try makeCourse(lessons: ["01-a.md": lesson("A", exercises: "exercise-1, ex-2"),
                                            "02-b.md": lesson("B", exercises: "exercise-1")],
                                  exercises: ["exercise-1": settings("One")])
        let course = try CourseLoader.load(root: root)
        XCTAssertEqual(course.exercises.map(\.id), ["exercise-1"])
        XCTAssertEqual(course.exercises.first?.lessonNumber, 1)
        XCTAssertEqual(descriptions(course), [
            "Lessons/01-a.md:4: 'ex-2' is not an exercise id; ids look like exercise-3",
            "Lessons/02-b.md:4: exercise-1 is already listed by Lessons/01-a.md; each exercise belongs to one lesson",
        ])
    }

    func testLessonWithoutFrontMatterUsesItsHeadingAndIsReported() throws {
        let root = try makeCourse(lessons: ["03-plain.md": "# A plain lesson\n\nNo front matter here.\n"])
        let course = try CourseLoader.load(root: root)
        XCTAssertEqual(course.lessons.first?.title, "A plain lesson")
        XCTAssertEqual(course.lessons.first?.number, 3)
        XCTAssertEqual(course.lessons.first?.module, "Lessons")
        XCTAssertEqual(course.lessons.first?.exerciseIDs, [])
        XCTAssertEqual(course.problems.count, 1)
        XCTAssertEqual(course.problems.first?.line, 1)
        XCTAssertTrue(course.problems.first?.message.contains("has no front matter") == true)
    }

    func testLessonsAreSortedByNumberNotByName() throws {
        let root = try makeCourse(lessons: ["10-ten.md": lesson("Ten", exercises: "exercise-2"),
                                            "9-nine.md": lesson("Nine", exercises: "exercise-1")],
                                  exercises: ["exercise-1": settings("One"), "exercise-2": settings("Two")])
        let course = try CourseLoader.load(root: root)
        XCTAssertEqual(course.problems, [])
        XCTAssertEqual(course.lessons.map(\.number), [9, 10])
        XCTAssertEqual(course.exercises.map(\.id), ["exercise-1", "exercise-2"])
    }

    // MARK: - File names

    func testParseLessonFileName() {
        let table: [(String, (Int, String)?)] = [
            ("07-closures.md", (7, "closures")),
            ("1-a.md", (1, "a")),
            ("00012-x-y-z.md", (12, "x-y-z")),
            ("07-closures.markdown", nil),
            ("closures.md", nil),
            ("-closures.md", nil),
            ("07-.md", nil),
            ("7a-closures.md", nil),
            ("123456-too-long.md", nil),
            ("٣-arabic-digit.md", nil),
            (".md", nil),
            ("", nil),
        ]
        for (name, expected) in table {
            let parsed = CourseLoader.parseLessonFileName(name)
            XCTAssertEqual(parsed?.0, expected?.0, name)
            XCTAssertEqual(parsed?.1, expected?.1, name)
        }
    }

    func testExerciseNumberFromID() {
        XCTAssertEqual(Exercise.number(fromID: "exercise-12"), 12)
        XCTAssertEqual(Exercise.number(fromID: "exercise-0"), 0)
        XCTAssertNil(Exercise.number(fromID: "exercise-"))
        XCTAssertNil(Exercise.number(fromID: "exercise-1a"))
        XCTAssertNil(Exercise.number(fromID: "Exercise-1"))
        XCTAssertNil(Exercise.number(fromID: "exercise-1234567"))
    }
}
