import CourseProcess
import CourseTestSupport
import Foundation
import XCTest

/// The base of the tests that drive the real binary in a real terminal (tmux) and read the screen.
class TmuxTestCase: XCTestCase {
    /// A private tmux server for this test class, so no other tmux session is touched.
    let socket = "course-tests-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

    /// Puts the built binary's folder on `PATH`, as `course install` would: screens then say `course …`.
    let installed = "export PATH='\(TestSupport.courseBinary.deletingLastPathComponent().path)':\"$PATH\"; "

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("tmux is not installed (.ci/run installs it)")
        }
    }

    /// Runs tmux through the project's own subprocess runner: a tmux server started by new-session
    /// keeps the client's pipes open for its whole life, which the runner tolerates (it stops
    /// reading shortly after the client exits) where reading to end-of-file would never finish.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let result = try Subprocess.run(ProcessSpec(executable: "/usr/bin/tmux", arguments: ["-L", socket] + arguments, timeout: 20))
        return result.outputText
    }

    /// The screen once it shows `needle` or `other` (and no longer shows `without`, the mark of the previous screen),
    /// with every run of spaces and line breaks read as one space (the screen is wrapped to the terminal's
    /// width). Tests wait for what the screen shows, never for a time: `timeout` only ends a wait that would
    /// otherwise never end, and is long enough for a machine under load. Fails the test if it runs out.
    func screen(_ session: String, until needle: String, or other: String? = nil, without: String? = nil, timeout: Double = 300,
                file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        while Date() < deadline {
            text = flat(try tmux(["capture-pane", "-p", "-t", session]))
            if (text.contains(flat(needle)) || other.map { text.contains(flat($0)) } == true) && !(without.map { text.contains(flat($0)) } ?? false) { return text }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("the screen never showed \(needle.debugDescription):\n\(try tmux(["capture-pane", "-p", "-t", session]))",
                file: file, line: line)
        return text
    }

    /// `text` with every run of whitespace (line breaks included) as one space.
    func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// Starts `command` (after `cd` into `folder`, with `course` on PATH) in a new session of `columns`×`rows`;
    /// the server is killed when the test ends.
    func start(_ command: String, in folder: URL, columns: Int, rows: Int = 32) throws -> String {
        let session = "course-test-\(UInt32.random(in: 0...UInt32.max))"
        try tmux(["new-session", "-d", "-s", session, "-x", String(columns), "-y", String(rows),
                  "\(installed)cd '\(folder.path)' && \(command); echo EXITED=$?; sleep 3600"])
        addTeardownBlock { [self] in _ = try? tmux(["kill-server"]) }
        return session
    }

    /// A copy of the tiny course whose exercise-2 file is the fixture `stack` (Tests/Fixtures/submissions).
    func tinyCourse(stack: String) throws -> URL {
        let root = try TestSupport.copyCourse(TestSupport.tinyCourse, self)
        let learner = root.appendingPathComponent("Exercises/exercise-2.swift")
        try FileManager.default.removeItem(at: learner)
        try FileManager.default.copyItem(at: TestSupport.submissions.appendingPathComponent(stack), to: learner)
        return root
    }

    func send(_ session: String, _ key: String) throws {
        try tmux(["send-keys", "-t", session, key])
    }
}
