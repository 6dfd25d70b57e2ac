import CourseTestSupport
import Foundation
import XCTest

/// `course grade` on a terminal shows a progress bar that ends full; piped, it prints none.
final class GradeProgressTmuxTests: TmuxTestCase {
    func testAProgressBarRunsOnATerminal() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("tmux is not installed (.ci/run installs it)")
        }
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let submissions = try TestSupport.temporaryFolder(self).appendingPathComponent("submissions")
        for student in ["ana", "ben"] {
            let folder = submissions.appendingPathComponent(student)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: root.appendingPathComponent("Solutions/exercise-1.swift"),
                                            to: folder.appendingPathComponent("exercise-1.swift"))
        }
        let out = try TestSupport.temporaryFolder(self).appendingPathComponent("grades")
        let session = try start("course grade '\(submissions.path)' --out '\(out.path)' --exercises 1-2 --sandbox auto", in: root, columns: 100)
        let screen = try screen(session, until: "EXITED=0")
        XCTAssertTrue(screen.contains("Grading [" + String(repeating: "#", count: 30) + "] 4 of 4"), screen)

        let piped = try TestSupport.runCourse(["grade", submissions.path, "--out", out.path, "--exercises", "1-2", "--sandbox", "auto"], in: root)
        XCTAssertFalse(piped.stdout.contains("Grading ["), piped.stdout)
    }
}
