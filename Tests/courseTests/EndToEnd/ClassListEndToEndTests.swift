import CourseTestSupport
import Foundation
import XCTest

/// `course grade --roster`: the class list joined into the gradebook, the mismatches listed, and the files
/// Canvas's and Moodle's gradebook imports read.
final class ClassListEndToEndTests: EndToEndTestCase {
    func testTheClassListIsJoinedAndExportedForCanvasAndMoodle() throws {
        let course = try classCourse()
        let scratch = try TestSupport.temporaryFolder(self)
        let submissions = scratch.appendingPathComponent("submissions")
        try write(try text("Solutions/exercise-1.swift", in: course), to: "alice/exercise-1.swift", in: submissions)
        try write(try text("Exercises/exercise-1.swift", in: course), to: "hw1-bobby/exercise-1.swift", in: submissions)
        try write(try text("Solutions/exercise-1.swift", in: course), to: "zed/exercise-1.swift", in: submissions)
        // Any column order; a GitHub username matches GitHub Classroom's <assignment>-<username> folder.
        try write("""
            \u{FEFF}Name,Email,Student ID,GitHub,Section,Login
            "Lovelace, Ada",ada@example.edu,s001,Alice,A,ada
            Bob Bobson,bob@example.edu,s002,bobby,B,
            Carol,carol@example.edu,s003,carol,A,carol

            """.replacingOccurrences(of: "\n", with: "\r\n"), to: "roster.csv", in: scratch)
        let out = scratch.appendingPathComponent("grades")
        let run = try self.course("grade", submissions.path, "--out", out.path, "--exercises", "1", "--roster",
                                  scratch.appendingPathComponent("roster.csv").path, "--sandbox", "auto", in: course)
        assertStatus(run, 0)
        assertContains(run.stdout, "Class list: 2 submissions matched", "Not in the class list (left out of canvas.csv and moodle.csv): zed",
                       "In the class list, no submission: Carol (carol)")
        XCTAssertEqual(try text("gradebook.csv", in: out), """
            student,student_id,name,email,exercise-1,total,max,notes
            alice,s001,"Lovelace, Ada",ada@example.edu,1,1,1,
            hw1-bobby,s002,Bob Bobson,bob@example.edu,0,0,1,
            zed,,,,1,1,1,

            """)
        XCTAssertEqual(try text("canvas.csv", in: out), """
            Student,ID,SIS User ID,SIS Login ID,Section,A tiny example course
            Points Possible,,,,,1
            "Lovelace, Ada",,s001,ada,A,1
            Bob Bobson,,s002,,B,0

            """)
        XCTAssertEqual(try text("moodle.csv", in: out), """
            Email address,ID number,Full name,A tiny example course
            ada@example.edu,s001,"Lovelace, Ada",1
            bob@example.edu,s002,Bob Bobson,0

            """)
        let book = try jsonObject(try text("gradebook.json", in: out))
        XCTAssertEqual(book["not_in_roster"] as? [String], ["zed"])
        XCTAssertEqual((book["no_submission"] as? [[String: Any]])?.compactMap { $0["folder"] as? String }, ["carol"])
        let alice = (book["students"] as? [[String: Any]])?.first { $0["name"] as? String == "alice" }
        XCTAssertEqual(alice?["student_id"] as? String, "s001")

        // A class list without the columns it needs, or with a student twice, is refused with the line.
        try write("folder,name\nalice,Ada\n", to: "bad.csv", in: scratch)
        let bad = try self.course("grade", submissions.path, "--roster", scratch.appendingPathComponent("bad.csv").path, in: course)
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("has no student_id, email columns"), bad.stderr)
        try write("folder,student_id,name,email\nalice,1,A,a@x\nALICE,2,B,b@x\n", to: "twice.csv", in: scratch)
        let twice = try self.course("grade", submissions.path, "--roster", scratch.appendingPathComponent("twice.csv").path, in: course)
        XCTAssertTrue(twice.stderr.contains("twice.csv:3: lists ALICE again (first on line 2)"), twice.stderr)
    }
}
