import CourseTestSupport
import Foundation
import XCTest

/// `course grade --due`: when each student submitted (a `.submitted_at` file, or the last commit of their git
/// repository), a late policy, extensions from the class list, and the gradebook's raw, lateness and final columns.
final class DeadlineEndToEndTests: EndToEndTestCase {
    let due = "2026-12-01T12:00:00Z"

    func testLatenessFromAFileOrTheLastCommitWithPenaltyCapCutoffAndExtensions() throws {
        let course = try classCourse()
        let scratch = try TestSupport.temporaryFolder(self)
        let submissions = scratch.appendingPathComponent("submissions")
        let solution = try text("Solutions/exercise-1.swift", in: course)
        let times = ["ontime": "2026-12-01T11:00:00Z", "late": "2026-12-02T23:00:00+01:00", "ext": "2026-12-03T00:00:00Z",
                     "gone": "2026-12-11T12:00:00Z"]
        for (student, time) in times {
            try write(solution, to: "\(student)/exercise-1.swift", in: submissions)
            try write(time + "\n", to: "\(student)/.submitted_at", in: submissions)
        }
        try write(solution, to: "nowhen/exercise-1.swift", in: submissions)
        // A clone whose last commit is three days and a minute late.
        let clone = submissions.appendingPathComponent("gitty")
        try write(solution, to: "Exercises/exercise-1.swift", in: clone)
        let environment = ["GIT_COMMITTER_DATE": "2026-12-04T12:01:00Z", "GIT_AUTHOR_DATE": "2026-12-04T12:01:00Z",
                           "GIT_AUTHOR_NAME": "G", "GIT_AUTHOR_EMAIL": "g@example.edu", "GIT_COMMITTER_NAME": "G",
                           "GIT_COMMITTER_EMAIL": "g@example.edu", "HOME": scratch.path, "GIT_CONFIG_NOSYSTEM": "1"]
        for arguments in [["init", "-q"], ["add", "."], ["commit", "-q", "-m", "done"]] {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            git.arguments = ["-C", clone.path] + arguments
            git.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
            try git.run(); git.waitUntilExit()
            XCTAssertEqual(git.terminationStatus, 0, arguments.joined(separator: " "))
        }
        try write("folder,student_id,name,email,extension_days\next,s1,Ext,e@x,2\n", to: "roster.csv", in: scratch)
        let out = scratch.appendingPathComponent("grades")
        let run = try self.course("grade", submissions.path, "--out", out.path, "--exercises", "1", "--due", due, "--late-penalty", "10",
                                  "--late-cap", "25", "--cutoff", "2026-12-08T12:00:00Z", "--roster", scratch.appendingPathComponent("roster.csv").path,
                                  "--sandbox", "auto", in: course)
        assertStatus(run, 0)
        assertContains(run.stdout, "Deadline: 3 of 6 submitted late", "No submission time (no .submitted_at file, no git commit), not marked late: nowhen")
        // late: 22:00Z on the 2nd is 1.4 days late, 2 started days, 20%; gitty: 4 started days, capped at 25%;
        // ext: 1.5 days late, inside a 2-day extension; gone: after the cutoff, nothing counts.
        XCTAssertEqual(try text("gradebook.csv", in: out), """
            student,student_id,name,email,exercise-1,total,max,submitted,days_late,penalty_percent,final,notes
            ext,s1,Ext,e@x,1,1,1,2026-12-03T00:00:00Z,0,0,1,
            gitty,,,,1,1,1,2026-12-04T12:01:00Z,4,25,0.75,
            gone,,,,1,1,1,2026-12-11T12:00:00Z,10,100,0,
            late,,,,1,1,1,2026-12-02T22:00:00Z,2,20,0.8,
            nowhen,,,,1,1,1,,0,0,1,
            ontime,,,,1,1,1,2026-12-01T11:00:00Z,0,0,1,

            """)
        XCTAssertTrue(try text("feedback/late.md", in: out).contains("Submitted 2 days late: 20% off, so 0.8 of 1 points count."))
        XCTAssertTrue(try text("canvas.csv", in: out).contains("Ext,,s1,,,1\n"))

        // A merge of the run's output keeps the submission times.
        let merged = scratch.appendingPathComponent("merged")
        assertStatus(try self.course("grade", "--merge", out.path, "--out", merged.path, "--due", due, "--late-penalty", "10", "--late-cap", "25",
                                     "--cutoff", "2026-12-08T12:00:00Z", "--roster", scratch.appendingPathComponent("roster.csv").path, in: course), 0)
        XCTAssertEqual(try text("gradebook.csv", in: merged), try text("gradebook.csv", in: out))

        let bad = try self.course("grade", submissions.path, "--late-penalty", "10", in: course)
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--late-penalty needs the deadline: add --due TIME"), bad.stderr)
        let badTime = try self.course("grade", submissions.path, "--due", "tomorrow", in: course)
        XCTAssertTrue(badTime.stderr.contains("--due takes an ISO 8601 time"), badTime.stderr)
    }
}
