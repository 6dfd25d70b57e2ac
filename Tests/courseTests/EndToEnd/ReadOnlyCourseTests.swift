import CourseCLI
import CourseModel
import CourseTerminal
import CourseTestSupport
import Foundation
import XCTest

/// A course folder the learner cannot write to still reads and grades; only saving progress fails, with a warning.
final class ReadOnlyCourseTests: XCTestCase {
    func testAReadOnlyCourseStillGradesAndWarnsAboutProgress() throws {
        // As root every folder is writable, so the check runs the binary as the unprivileged user `nobody`.
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw XCTSkip("needs root and setpriv to run the binary as a user who cannot write the course")
        }
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let home = try TestSupport.temporaryFolder(self)
        for url in [root.deletingLastPathComponent(), home] {
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: url.path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path)
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let probe = try runAsNobody(["--version"], home: home, path: path)
        guard probe.status == 0 else {
            throw XCTSkip("the user nobody cannot run the built binary from this checkout's location: \(probe.output)")
        }
        let asNobody = try runAsNobody(["--course", root.path, "check", "exercise-1"], home: home, path: path)
        XCTAssertEqual(asNobody.status, 1, asNobody.output)
        XCTAssertTrue(asNobody.output.contains("✗ greets by name"), asNobody.output)
        XCTAssertTrue(asNobody.output.contains("Warning: Could not save progress to \(root.path)/.course/progress.json"), asNobody.output)
        XCTAssertTrue(asNobody.output.contains("set COURSE_PROGRESS to a writable file"), asNobody.output)
        // The editor's flags cannot be written either: one note, and the command still succeeds.
        let next = try runAsNobody(["--course", root.path, "next", "--no-pager"], home: home, path: path)
        XCTAssertEqual(next.status, 0, next.output)
        XCTAssertEqual(next.output.components(separatedBy: "Note: could not write \(Layout.compileDatabase)").count, 2, next.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent(Layout.compileDatabase).path))
        let list = try runAsNobody(["--course", root.path, "list"], home: home, path: path)
        XCTAssertEqual(list.status, 0, list.output)
        XCTAssertTrue(list.output.contains("exercise-1"), list.output)
    }

    func runAsNobody(_ arguments: [String], home: URL, path: String) throws -> (status: Int32, output: String) {
        let run = try TestSupport.runDetached("/usr/bin/setpriv",
                                              ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "env", "HOME=\(home.path)", "PATH=\(path)",
                                               "TMPDIR=\(home.path)", "NO_COLOR=1", TestSupport.courseBinary.path] + arguments)
        return (run.status, run.output)
    }
}
