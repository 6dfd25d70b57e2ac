import CourseTestSupport
import Foundation
import XCTest

/// How `course grade` runs, on the real binary: the submissions folder it is given, merging shards, what a killed
/// run leaves behind, and progress in a log.
final class ClassroomRunEndToEndTests: EndToEndTestCase {
    func testMistakesInTheSubmissionsFolderAreNamed() throws {
        let course = try classCourse()
        let scratch = try TestSupport.temporaryFolder(self)
        let empty = scratch.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let emptyRun = try self.course("grade", empty.path, "--sandbox", "auto", in: course)
        XCTAssertEqual(emptyRun.status, 1)
        XCTAssertTrue(emptyRun.stderr.contains("is empty; put one folder per student in it"), emptyRun.stderr)

        let debris = scratch.appendingPathComponent("debris")
        try write("x", to: "__MACOSX/._ann", in: debris)
        try write("notes", to: "notes.txt", in: debris)
        let debrisRun = try self.course("grade", debris.path, "--sandbox", "auto", in: course)
        XCTAssertEqual(debrisRun.status, 1)
        XCTAssertTrue(debrisRun.stderr.contains("holds no student folders (only __MACOSX, notes.txt)"), debrisRun.stderr)

        // Beside one real student, the stray file and the archive's debris are listed and not graded.
        try write(try text("Solutions/exercise-1.swift", in: course), to: "ann/exercise-1.swift", in: debris)
        let out = scratch.appendingPathComponent("grades")
        let run = try self.course("grade", debris.path, "--out", out.path, "--exercises", "1", "--sandbox", "auto", in: course)
        assertStatus(run, 0)
        XCTAssertTrue(run.stdout.contains("Graded 1 student × 1 exercise"), run.stdout)
        assertContains(run.stderr, "Skipped 2 entries", "__MACOSX: macOS archive metadata", "notes.txt: a file, not a folder")
        XCTAssertEqual(try text("gradebook.csv", in: out), "student,exercise-1,total,max,notes\nann,1,1,1,\n")
    }

    func testMergeRefusesAnIncompleteOrMixedSetAndTwoMergesIntoOneFolderBothSucceed() throws {
        let course = try classCourse()
        let submissions = try makeClass(course)
        let scratch = try TestSupport.temporaryFolder(self)
        let shards = (1...3).map { scratch.appendingPathComponent("shard-\($0)") }
        func grade(_ k: Int, exercises: String = "1") -> Process {
            TestSupport.courseProcess(["grade", submissions.path, "--out", shards[k - 1].path, "--exercises", exercises, "--shard", "\(k)/3",
                                       "--sandbox", "auto"], in: course)
        }
        let first = [grade(1), grade(3)]
        for process in first { try process.run() }
        for process in first { process.waitUntilExit(); XCTAssertEqual(process.terminationStatus, 0) }
        let merged = scratch.appendingPathComponent("merged")
        func merge(_ folders: [URL]) throws -> TestSupport.Run {
            try TestSupport.runCourse(["grade", "--merge"] + folders.map(\.path) + ["--out", merged.path], in: course)
        }
        let incomplete = try merge([shards[0], shards[2]])
        XCTAssertNotEqual(incomplete.status, 0)
        XCTAssertTrue(incomplete.stderr.contains("shard 2/3 is missing"), incomplete.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: merged.appendingPathComponent("gradebook.csv").path), "nothing merged")

        // Shard 2 graded over other exercises, then against a changed course: both refused.
        let other = grade(2, exercises: "1-2")
        try other.run(); other.waitUntilExit()
        let mixed = try merge(shards)
        XCTAssertNotEqual(mixed.status, 0)
        XCTAssertTrue(mixed.stderr.contains("graded exercise-1,exercise-2 but"), mixed.stderr)
        let suite = "Tests/Hidden/exercise-1/tests/GreetTests.swift"
        let original = try text(suite, in: course)
        try write(original + "\n// changed\n", to: suite, in: course)
        try? FileManager.default.removeItem(at: shards[1])
        let changed = grade(2)
        try changed.run(); changed.waitUntilExit()
        try write(original, to: suite, in: course)
        let versions = try merge(shards)
        XCTAssertNotEqual(versions.status, 0)
        XCTAssertTrue(versions.stderr.contains("different versions of the course"), versions.stderr)

        // The whole set merges; two merges into one folder at once both succeed, with the same gradebook.
        try? FileManager.default.removeItem(at: shards[1])
        let last = grade(2)
        try last.run(); last.waitUntilExit()
        let merges = (0..<2).map { _ in
            TestSupport.courseProcess(["grade", "--merge"] + shards.map(\.path) + ["--out", merged.path, "--junit"], in: course)
        }
        for process in merges { try process.run() }
        for process in merges { process.waitUntilExit(); XCTAssertEqual(process.terminationStatus, 0) }
        XCTAssertTrue(try text("gradebook.csv", in: merged).contains("alice,1,1,1,"))
        XCTAssertEqual(try merge(shards).status, 0)
    }

    func testAKilledRunsScratchIsRemovedAndALogShowsProgress() throws {
        let course = try classCourse()
        let submissions = try makeClass(course)
        let temporary = try TestSupport.temporaryFolder(self).appendingPathComponent("tmp")
        // A scratch folder of a process that is gone (as after kill -9), and one of a process that lives (this one).
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let abandoned = "course-check-\(gone.processIdentifier)-\(UUID().uuidString.lowercased())"
        let living = "course-check-\(getpid())-\(UUID().uuidString.lowercased())"
        try write("left behind", to: "\(abandoned)/src/submission.swift", in: temporary)
        try write("in use", to: "\(living)/src/submission.swift", in: temporary)
        let out = try TestSupport.temporaryFolder(self).appendingPathComponent("grades")
        let run = try self.course("grade", submissions.path, "--out", out.path, "--exercises", "1", "--sandbox", "auto", in: course,
                                  environment: ["TMPDIR": temporary.path])
        assertStatus(run, 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.hasPrefix("course-check-") }
        XCTAssertEqual(left, [living], "only the living process's scratch stays")
        // stderr is a pipe here, as in CI: progress comes as lines, the first and the last among them.
        assertContains(run.stderr, "Grading: 1 of 6 checks done (16%)", "Grading: 6 of 6 checks done (100%)")
    }
}
