import CourseProcess
import CourseTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `course grade` and `course export --learner` on the real binary, with a synthetic class.
final class ClassroomEndToEndTests: EndToEndTestCase {
    func testEveryCellOfTheGradebook() throws {
        let course = try classCourse()
        let submissions = try makeClass(course)
        let out = try TestSupport.temporaryFolder(self).appendingPathComponent("grades")
        let run = try self.course("grade", submissions.path, "--out", out.path, "--junit", "--exercises", "1-3", "--sandbox", "auto", in: course)
        assertStatus(run, 0)
        XCTAssertTrue(run.stdout.contains("Graded 6 students × 3 exercises"), run.stdout)
        XCTAssertTrue(run.stderr.contains("frank.txt: a file, not a folder"), "a stray file is listed, not graded:\n\(run.stderr)")
        // exercise-2 has four tests (three hidden, one public): the starter passes "pop on an empty stack" and the
        // public one; carol's peek is wrong; erin's peek never ends.
        XCTAssertEqual(try text("gradebook.csv", in: out), """
            student,exercise-1,exercise-2,exercise-3,total,max,notes
            alice,1,1,1,3,3,
            bob,0,0.5,0.33,0.83,3,
            carol,0,0.75,0,0.75,3,
            dave,0,0,0,0,3,has no Exercises/ folder and no exercise-N.swift files; expected a clone of the learner edition or the exercise files themselves
            erin,0,0.75,0,0.75,3,
            gina,0,0,0,0,3,

            """)
        let book = try jsonObject(try text("gradebook.json", in: out))
        let students = try XCTUnwrap(book["students"] as? [[String: Any]])
        let outcome = { (student: String, exercise: String) -> String? in
            let row = students.first { $0["name"] as? String == student }
            return ((row?["exercises"] as? [String: Any])?[exercise] as? [String: Any])?["outcome"] as? String
        }
        XCTAssertEqual(outcome("alice", "exercise-1"), "passed")
        XCTAssertEqual(outcome("carol", "exercise-1"), "missing")
        XCTAssertEqual(outcome("erin", "exercise-1"), "error", "importing XCTest is refused")
        XCTAssertEqual(outcome("erin", "exercise-2"), "failed")
        XCTAssertEqual(outcome("gina", "exercise-2"), "error", "a link is never followed")
        XCTAssertEqual(outcome("dave", "exercise-2"), "invalid")

        // Feedback: hidden tests show pass or fail without their messages; public ones show them.
        let carol = try text("feedback/carol.md", in: out)
        XCTAssertTrue(carol.contains("- ✗ peek shows the top without removing it (hidden)"), carol)
        XCTAssertFalse(carol.contains("peek shows the last item pushed"), "a hidden test's message stays hidden:\n\(carol)")
        XCTAssertTrue(try text("feedback/gina.md", in: out).contains("is a symbolic link"))

        // JUnit: one suite per (student, exercise), parseable, with the counts of the gradebook.
        let junit = try XMLDocument(data: Data(try text("junit.xml", in: out).utf8))
        let cases = try junit.nodes(forXPath: "//testcase")
        let failures = try junit.nodes(forXPath: "//testcase/failure")
        XCTAssertEqual(try junit.nodes(forXPath: "//testsuite").count, 18)
        XCTAssertEqual((try junit.nodes(forXPath: "//testsuite[@name='carol.exercise-2']/testcase")).count, 4)
        XCTAssertEqual((try junit.nodes(forXPath: "//testsuite[@name='carol.exercise-2']/testcase/failure")).count, 1)
        XCTAssertGreaterThan(cases.count, failures.count)

        // A second run resumes everything from the journal and writes the same gradebook.
        let before = try text("gradebook.csv", in: out)
        let again = try self.course("grade", submissions.path, "--out", out.path, "--exercises", "1-3", "--sandbox", "auto", in: course)
        XCTAssertTrue(again.stdout.contains(": 0 checked now, 18 from the journal"), again.stdout)
        XCTAssertEqual(try text("gradebook.csv", in: out), before)
    }

    /// `course grade` (sandbox required) on submissions that attack the test process from inside: patching
    /// XCTest's code, swapping the result channel, taking the tag from stdin's buffer. Each scores exactly what
    /// the starter scores (their stacks keep nothing), never full points; grade's caches are its own.
    func testAttacksFromInsideTheTestProcessScoreLikeTheStarter() throws {
        let course = try classCourse()
        let submissions = try TestSupport.temporaryFolder(self).appendingPathComponent("submissions")
        try write(try text("Exercises/exercise-2.swift", in: course), to: "bob/Exercises/exercise-2.swift", in: submissions)
        for (student, fixture) in [("mallory", "attack-patch-xctest.swift"), ("oscar", "attack-swap-channel.swift"),
                                   ("trudy", "attack-stdin-buffer.swift")] {
            let source = try String(contentsOf: TestSupport.submissions.appendingPathComponent(fixture), encoding: .utf8)
            try write(source, to: "\(student)/Exercises/exercise-2.swift", in: submissions)
        }
        let out = try TestSupport.temporaryFolder(self).appendingPathComponent("grades")
        assertStatus(try self.course("grade", submissions.path, "--out", out.path, "--exercises", "2", in: course), 0)
        let rows = try text("gradebook.csv", in: out).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let cell = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { (String($0[0]), String($0[1])) })
        XCTAssertEqual(cell["bob"], "0.5", "the starter passes two of four tests")
        XCTAssertEqual(cell["mallory"], cell["bob"])
        XCTAssertEqual(cell["oscar"], cell["bob"])
        XCTAssertEqual(cell["trudy"], cell["bob"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: course.appendingPathComponent(".course/cache/grade/harness").path))
    }

    func testShardsMergeToWhatOneMachineWrites() throws {
        let course = try classCourse()
        let submissions = try makeClass(course)
        let scratch = try TestSupport.temporaryFolder(self)
        let whole = scratch.appendingPathComponent("whole")
        assertStatus(try self.course("grade", submissions.path, "--out", whole.path, "--junit", "--exercises", "1-2", "--sandbox", "auto", in: course), 0)
        // Three shards as separate processes at once: by --shard, by a Kubernetes index, by a Slurm array task.
        let shards = (1...3).map { scratch.appendingPathComponent("shard-\($0)") }
        let processes = [
            TestSupport.courseProcess(["grade", submissions.path, "--out", shards[0].path, "--exercises", "1-2", "--shard", "1/3", "--sandbox", "auto"], in: course),
            TestSupport.courseProcess(["grade", submissions.path, "--out", shards[1].path, "--exercises", "1-2", "--shards", "3", "--sandbox", "auto"], in: course,
                                      environment: ["JOB_COMPLETION_INDEX": "1"]),
            TestSupport.courseProcess(["grade", submissions.path, "--out", shards[2].path, "--exercises", "1-2", "--sandbox", "auto"], in: course,
                                      environment: ["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "3"]),
        ]
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit(); XCTAssertEqual(process.terminationStatus, 0) }
        let merged = scratch.appendingPathComponent("merged")
        assertStatus(try self.course("grade", "--merge", shards[0].path, shards[1].path, shards[2].path, "--out", merged.path, "--junit", in: course), 0)
        for file in ["gradebook.csv", "gradebook.json", "feedback/alice.md", "feedback/dave.md", "feedback/gina.md"] {
            XCTAssertEqual(try Data(contentsOf: merged.appendingPathComponent(file)), try Data(contentsOf: whole.appendingPathComponent(file)), file)
        }
        // JUnit's times are measured, so they differ between two gradings; everything else is the same.
        let untimed = { (folder: URL) in try self.text("junit.xml", in: folder).replacingOccurrences(of: #" time="[0-9.]+""#, with: "", options: .regularExpression) }
        XCTAssertEqual(try untimed(merged), try untimed(whole))
        XCTAssertTrue(try text("gradebook.csv", in: merged).hasPrefix("student,exercise-1,exercise-2,total,max,notes\n"))
    }

    func testResumesAfterTheGraderIsKilled() throws {
        let course = try classCourse()
        let submissions = try makeClass(course)
        let out = try TestSupport.temporaryFolder(self).appendingPathComponent("grades")
        let process = TestSupport.courseProcess(["grade", submissions.path, "--out", out.path, "--jobs", "1", "--exercises", "1-3", "--sandbox", "auto"], in: course)
        try process.run()
        let journal = out.appendingPathComponent("journal")
        let deadline = Date().addingTimeInterval(120)
        func recorded() -> Int {
            (FileManager.default.enumerator(atPath: journal.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".json") }.count
        }
        while recorded() < 8 && Date() < deadline && process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let kept = recorded()
        XCTAssertGreaterThanOrEqual(kept, 8)
        let rerun = try self.course("grade", submissions.path, "--out", out.path, "--exercises", "1-3", "--sandbox", "auto", in: course)
        assertStatus(rerun, 0)
        XCTAssertTrue(rerun.stdout.contains("from the journal"), rerun.stdout)
        let resumed = Int(rerun.stdout.components(separatedBy: "checked now, ").last?.split(separator: " ").first ?? "") ?? -1
        XCTAssertGreaterThanOrEqual(resumed, kept, rerun.stdout)
        XCTAssertTrue(try text("gradebook.csv", in: out).contains("alice,1,1,1,3,3,"))
    }

    func testGradescopeResultsForOneSubmission() throws {
        let course = try classCourse()
        let submission = try TestSupport.temporaryFolder(self).appendingPathComponent("submission")
        try write(try text("Solutions/exercise-1.swift", in: course), to: "exercise-1.swift", in: submission)
        try write(try text("Solutions/exercise-2.swift", in: course).replacingOccurrences(of: "return items.last", with: "return items.first"),
                  to: "exercise-2.swift", in: submission)
        let results = try TestSupport.temporaryFolder(self).appendingPathComponent("results")
        let run = try self.course("grade", submission.path, "--format", "gradescope", "--out", results.path, "--exercises", "1-3", "--sandbox", "auto", in: course)
        assertStatus(run, 0)
        let json = try jsonObject(try text("results.json", in: results))
        XCTAssertEqual(json["score"] as? Double, 1.75)
        let tests = try XCTUnwrap(json["tests"] as? [[String: Any]])
        let peek = try XCTUnwrap(tests.first { ($0["name"] as? String)?.contains("peek shows the top") == true })
        XCTAssertEqual(peek["status"] as? String, "failed")
        XCTAssertEqual(peek["visibility"] as? String, "after_due_date", "a hidden test is shown after the due date")
        let publicTest = try XCTUnwrap(tests.first { ($0["name"] as? String)?.contains("a new stack is empty") == true })
        XCTAssertEqual(publicTest["visibility"] as? String, "visible")
        XCTAssertEqual(publicTest["max_score"] as? Double, 0.25)
        let missing = try XCTUnwrap(tests.first { ($0["name"] as? String)?.hasPrefix("exercise-3") == true })
        XCTAssertEqual(missing["output"] as? String, "not submitted")
    }

    func testBadInputsAreRefusedWithTheFix() throws {
        let course = try classCourse()
        let submissions = try makeClass(course)
        let cases: [([String], String)] = [
            (["grade"], "name the folder of submissions"),
            (["grade", submissions.path, "--exercises", "1-99"], "does not have"),
            (["grade", submissions.path, "--shard", "4/3"], "--shard takes K/N"),
            (["grade", submissions.path, "--out", submissions.appendingPathComponent("x").path], "inside the submissions folder"),
            (["grade", submissions.path, "--feedback", "html"], "--feedback takes markdown or text"),
            (["grade", "--merge", submissions.path], "has no journal/ folder"),
            (["grade", submissions.appendingPathComponent("frank.txt").path], "is not a folder"),
            (["grade", submissions.appendingPathComponent("alice").path], "looks like one student's submission (it holds Exercises/)"),
            (["grade", submissions.appendingPathComponent("bob").path], "looks like one student's submission (it holds exercise-1.swift)"),
            (["grade", submissions.path, "--jobs", "0"], "--jobs takes a whole number from 1 to 64 (not '0')"),
            (["grade", submissions.path, "--shards", "3"], "JOB_COMPLETION_INDEX"),
            (["export"], "say where the learner edition goes: course export --learner DIR"),
        ]
        for (arguments, needle) in cases {
            let run = try TestSupport.runCourse(arguments, in: course)
            XCTAssertNotEqual(run.status, 0, arguments.joined(separator: " "))
            XCTAssertTrue(run.stderr.contains(needle), "\(arguments): \(run.stderr)")
        }
    }

    func testTheLearnerEditionHasNoAnswers() throws {
        let course = try classCourse()
        try write("{\"title\": \"A generic stack\", \"hints\": [\"h\"], \"test_weights\": {\"testPeekShowsTheTopWithoutRemovingIt\": 2}}",
                  to: "Tests/Hidden/exercise-2/exercise.json", in: course)
        let edition = try TestSupport.temporaryFolder(self).appendingPathComponent("edition")
        let run = try self.course("export", "--learner", edition.path, in: course)
        assertStatus(run, 0)
        let files = (FileManager.default.enumerator(atPath: edition.path)?.allObjects as? [String] ?? []).sorted()
        XCTAssertFalse(files.contains { $0.hasPrefix("Solutions") || $0.contains("/tests/") || $0.contains("/wrong/") }, "\(files)")
        XCTAssertTrue(files.contains("Tests/Hidden/exercise-2/public/StackPublicTests.swift"), "\(files)")
        XCTAssertFalse(try text("Tests/Hidden/exercise-2/exercise.json", in: edition).contains("test_weights"))
        let readme = try text("README.md", in: edition)
        assertContains(readme, "course check exercise-N", "course hint exercise-N")
        XCTAssertFalse(readme.contains("\nswift test"), "no instruction to run swift test, which finds nothing there:\n\(readme)")
        XCTAssertEqual(try jsonObject(try text("course.json", in: edition))["edition"] as? String, "learner")
        XCTAssertEqual(try text("Exercises/exercise-2.swift", in: edition), try text("Tests/Hidden/exercise-2/starter.swift", in: course))

        // There, check runs the public tests and says the hidden ones come at grading; solutions are not there.
        try write(try text("Solutions/exercise-2.swift", in: course), to: "Exercises/exercise-2.swift", in: edition)
        let check = try self.course("check", "exercise-2", in: edition)
        assertStatus(check, 0)
        XCTAssertTrue(check.stdout.contains("1 of 1 tests passed."), check.stdout)
        XCTAssertTrue(check.stdout.contains("hidden tests run when your instructor grades"), check.stdout)
        XCTAssertFalse(check.stdout.contains("course solution"), check.stdout)
        // check --all there checks only the exercises with public tests, and scores them.
        let all = try jsonObject(try self.course("check", "--all", "--json", in: edition).stdout)
        XCTAssertEqual((all["exercises"] as? [[String: Any]])?.compactMap { $0["exercise"] as? String }, ["exercise-2"])
        XCTAssertEqual(all["edition"] as? String, "learner")
        XCTAssertEqual(all["score"] as? Double, 1)
        let solution = try self.course("solution", "exercise-2", "--force", in: edition)
        XCTAssertEqual(solution.status, 1)
        XCTAssertTrue(solution.stderr.contains("not included in this learner edition"), solution.stderr)
        XCTAssertNotEqual(try self.course("grade", edition.path, in: edition).status, 0, "a learner edition cannot grade")

        // It never writes into the course or over files.
        let inside = try self.course("export", "--learner", course.appendingPathComponent("edition").path, in: course)
        XCTAssertEqual(inside.status, 64)
        XCTAssertTrue(inside.stderr.contains("cannot go inside the course"), inside.stderr)
        let over = try self.course("export", "--learner", edition.path, in: course)
        XCTAssertTrue(over.stderr.contains("is not empty"), over.stderr)
    }

    /// The edition of a course that ships the tool builds it without the tool's own tests.
    func testTheEditionOfThisRepositoryCarriesTheToolWithoutItsTests() throws {
        let edition = try TestSupport.temporaryFolder(self).appendingPathComponent("edition")
        assertStatus(try self.course("export", "--learner", edition.path, in: TestSupport.mainCourse), 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: edition.appendingPathComponent("Sources/course/main.swift").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: edition.appendingPathComponent("Tests/CourseGradingTests").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: edition.appendingPathComponent("Solutions").path))
        // Its README is the learners': how to start with the tool it carries, and never 'swift test'.
        let readme = try text("README.md", in: edition)
        assertContains(readme, "swift run course next", "swift run course check exercise-N")
        XCTAssertFalse(readme.contains("\nswift test"), readme)
        let swift = try XCTUnwrap(Subprocess.which("swift", path: ProcessInfo.processInfo.environment["PATH"]))
        let dump = try Subprocess.run(ProcessSpec(executable: swift, arguments: ["package", "dump-package", "--package-path", edition.path], timeout: 120))
        XCTAssertTrue(dump.succeeded, dump.outputText)
        XCTAssertTrue(dump.outputText.contains("\"course\""), dump.outputText)
        XCTAssertFalse(dump.outputText.contains("\"type\" : \"test\""), "the edition declares no test targets")
    }

    /// A Swift Testing suite: each argument of a parameterized test is its own result, sharing its test's weight.
    func testSwiftTestingArgumentsShareTheirTestsWeight() throws {
        let course = try tinyCopy()
        let submissions = try TestSupport.temporaryFolder(self).appendingPathComponent("submissions")
        try write(try text("Solutions/exercise-4.swift", in: course), to: "right/exercise-4.swift", in: submissions)
        try write(try text("Tests/Hidden/exercise-4/wrong/accepts-negative-counts.swift", in: course), to: "wrong/exercise-4.swift", in: submissions)
        let out = try TestSupport.temporaryFolder(self).appendingPathComponent("grades")
        assertStatus(try self.course("grade", submissions.path, "--out", out.path, "--exercises", "4", "--junit", "--sandbox", "auto", in: course), 0)
        // Three tests of equal weight; the wrong answer fails one of the three arguments of one: 1 + 1 + 2/3 of 3.
        XCTAssertEqual(try text("gradebook.csv", in: out), "student,exercise-4,total,max,notes\nright,1,1,1,\nwrong,0.89,0.89,1,\n")
        let feedback = try text("feedback/wrong.md", in: out)
        XCTAssertTrue(feedback.contains("✗") && feedback.contains("-3"), feedback)
        let junit = try XMLDocument(data: Data(try text("junit.xml", in: out).utf8))
        XCTAssertEqual(try junit.nodes(forXPath: "//testsuite[@name='wrong.exercise-4']/testcase").count, 7, "one case per argument")
        XCTAssertEqual(try junit.nodes(forXPath: "//testsuite[@name='wrong.exercise-4']/testcase/failure").count, 1)
    }

    /// Hints near the answer can quote the reference solution: a graded edition keeps the first only, or none.
    func testTheEditionCarriesAllHintsTheFirstOrNone() throws {
        let course = try classCourse()
        let hints = { (choice: String) throws -> [String] in
            let edition = try TestSupport.temporaryFolder(self).appendingPathComponent("edition-\(choice)")
            self.assertStatus(try self.course("export", "--learner", edition.path, "--hints", choice, in: course), 0)
            return try self.jsonObject(try self.text("Tests/Hidden/exercise-1/exercise.json", in: edition))["hints"] as? [String] ?? []
        }
        XCTAssertEqual(try hints("all").count, 2)
        XCTAssertEqual(try hints("first"), ["String interpolation puts a value inside a string."])
        XCTAssertEqual(try hints("none"), ["Hints are not included in this edition of the course; ask your instructor."])
        let bad = try self.course("export", "--learner", "/tmp/x", "--hints", "some", in: course)
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--hints takes all, first or none (not 'some')"), bad.stderr)
    }
}
