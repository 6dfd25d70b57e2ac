import CourseTestSupport
import Foundation
import XCTest

/// `course export --gradescope`: the autograder zip, unpacked into a simulated `/autograder` (source, submission,
/// results) and its `run_autograder` run as Gradescope runs it, sandbox included.
final class GradescopeAutograderEndToEndTests: EndToEndTestCase {
    func testTheAutograderZipGradesASubmissionInASimulatedAutograderLayout() throws {
        let course = try classCourse()
        let scratch = try TestSupport.temporaryFolder(self)
        let zip = scratch.appendingPathComponent("autograder.zip")
        let export = try self.course("export", "--gradescope", zip.path, in: course)
        assertStatus(export, 0)
        XCTAssertTrue(export.stdout.contains("setup.sh, run_autograder and the course with its hidden tests"), export.stdout)
        let again = scratch.appendingPathComponent("again.zip")
        assertStatus(try self.course("export", "--gradescope", again.path, in: course), 0)
        XCTAssertEqual(try Data(contentsOf: zip), try Data(contentsOf: again), "the same course gives the same bytes")
        XCTAssertTrue(try self.course("export", "--gradescope", zip.path, in: course).stderr.contains("exists already"))

        // Gradescope's layout: the zip unpacked into source/, the student's files in submission/, results/ to fill.
        let root = scratch.appendingPathComponent("autograder")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("source"), withIntermediateDirectories: true)
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        unzip.arguments = ["-q", zip.path, "-d", root.appendingPathComponent("source").path]
        let said = Pipe()
        unzip.standardOutput = said
        unzip.standardError = said
        try unzip.run()
        let unzipped = String(decoding: said.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        unzip.waitUntilExit()
        XCTAssertEqual(unzip.terminationStatus, 0, "unzip reads the archive: \(unzipped)")
        for script in ["setup.sh", "run_autograder"] {
            XCTAssertTrue(FileManager.default.isExecutableFile(atPath: root.appendingPathComponent("source/\(script)").path), script)
        }
        let files = (FileManager.default.enumerator(atPath: root.appendingPathComponent("source").path)?.allObjects as? [String] ?? [])
        XCTAssertTrue(files.contains("course/Tests/Hidden/exercise-2/tests/StackTests.swift"), "\(files)")
        XCTAssertTrue(files.contains("course/Exercises/exercise-2.swift"))
        XCTAssertFalse(files.contains { $0.contains(".course") || $0.hasPrefix(".") }, "\(files)")
        try write(try text("Solutions/exercise-1.swift", in: course), to: "submission/exercise-1.swift", in: root)
        try write(try text("Solutions/exercise-2.swift", in: course).replacingOccurrences(of: "return items.last", with: "return items.first"),
                  to: "submission/exercise-2.swift", in: root)

        let run = Process()
        run.executableURL = URL(fileURLWithPath: "/bin/bash")
        run.arguments = [root.appendingPathComponent("source/run_autograder").path]
        run.currentDirectoryURL = root
        run.environment = ProcessInfo.processInfo.environment.merging(
            ["AUTOGRADER_ROOT": root.path, "COURSE_BIN": TestSupport.courseBinary.path]) { _, new in new }
        let output = Pipe()
        run.standardOutput = output
        run.standardError = output
        try run.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.waitUntilExit()
        XCTAssertEqual(run.terminationStatus, 0, printed)
        let json = try jsonObject(try text("results/results.json", in: root))
        try assertGradescopeSchema(json)
        XCTAssertEqual(json["score"] as? Double, 1.75, printed)
        let tests = try XCTUnwrap(json["tests"] as? [[String: Any]])
        XCTAssertEqual(tests.compactMap { $0["max_score"] as? Double }.reduce(0, +), 4, accuracy: 1e-9)
        let peek = try XCTUnwrap(tests.first { ($0["name"] as? String)?.contains("peek shows the top") == true })
        XCTAssertFalse("\(peek["output"] ?? "")".contains("peek shows the last item pushed"), "withheld by default")
        XCTAssertTrue(printed.contains("Score: 1.75 of 4"), printed)
    }
}
