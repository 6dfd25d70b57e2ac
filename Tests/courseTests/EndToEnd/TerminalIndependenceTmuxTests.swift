import CourseTestSupport
import Foundation
import XCTest

/// The tool's own tests behave the same with a terminal as without one: the tests that start shells and the
/// binary (an interactive `bash -ic`, `course` as another user) are run again here, from a real terminal
/// (tmux), as a learner's `swift test` runs them. Before every test process was started in a session of its
/// own, the interactive shell stopped itself there (SIGTTIN) and the run never finished.
final class TerminalIndependenceTmuxTests: TmuxTestCase {
    /// Set in the replayed run, so it does not replay itself.
    static let replayVariable = "COURSE_TESTS_REPLAYED_IN_TMUX"

    func testTestsThatStartShellsFinishInATerminal() throws {
        if ProcessInfo.processInfo.environment[Self.replayVariable] != nil {
            throw XCTSkip("this run is the replay")
        }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0])
        guard bundle.lastPathComponent.hasSuffix(".xctest") else {
            throw XCTSkip("not run from an .xctest bundle (\(bundle.lastPathComponent))")
        }
        let tests = ["courseTests.DevContainerTests/testPostCreatePutsCourseOnPathAndWritesTheEditorFlags",
                     "courseTests.ReadOnlyCourseTests/testAReadOnlyCourseStillGradesAndWarnsAboutProgress"]
        let folder = try TestSupport.temporaryFolder(self)
        let session = try start("\(Self.replayVariable)=1 '\(bundle.path)' \(tests.joined(separator: ",")) > '\(folder.path)/log' 2>&1",
                                in: TestSupport.packageRoot, columns: 100)
        let screen = try screen(session, until: "EXITED=", timeout: 400)
        let log = (try? String(contentsOf: folder.appendingPathComponent("log"), encoding: .utf8)) ?? ""
        XCTAssertTrue(screen.contains("EXITED=0"), "the replay failed in a terminal:\n\(log.suffix(3000))")
        XCTAssertTrue(log.contains("Executed 2 tests, with 0 failures"), log.suffix(3000).description)
    }
}
