import CourseCLI
import CourseModel
import CourseTerminal
import CourseTestSupport
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The base of the end-to-end tests: helpers on top of `TestSupport.runCourse` and `TestSupport.copyCourse`.
class EndToEndTestCase: XCTestCase {
    /// A fresh copy of the tiny course that the test may change.
    func tinyCopy() throws -> URL {
        try TestSupport.copyCourse(TestSupport.tinyCourse, self)
    }

    /// Runs `course` in a folder (the course copy by default).
    func course(_ arguments: String..., in folder: URL, environment: [String: String] = [:]) throws -> TestSupport.Run {
        try TestSupport.runCourse(arguments, in: folder, environment: environment)
    }

    /// The text of a file relative to a root.
    func text(_ path: String, in root: URL) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Writes text to a file relative to a root.
    func write(_ text: String, to path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Copies the reference solution over the learner's file.
    func solve(_ id: String, in root: URL) throws {
        try write(try text("Solutions/\(id).swift", in: root), to: "Exercises/\(id).swift", in: root)
    }

    /// Parses text as a JSON object, failing the test if it is not one.
    func jsonObject(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try XCTUnwrap(value as? [String: Any], "not a JSON object: \(text)", file: file, line: line)
    }

    /// The saved progress file as JSON (`.course/progress.json` unless a path is given).
    func progressJSON(_ root: URL, path: String = ".course/progress.json",
                      file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        try jsonObject(try text(path, in: root), file: file, line: line)
    }

    /// One exercise's entry in a progress JSON object.
    func entry(_ id: String, _ progress: [String: Any]) -> [String: Any] {
        ((progress["exercises"] as? [String: Any])?[id] as? [String: Any]) ?? [:]
    }

    /// Asserts an exit status, showing the output when it differs.
    func assertStatus(_ run: TestSupport.Run, _ expected: Int32, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(run.status, expected, "stdout:\n\(run.stdout)\nstderr:\n\(run.stderr)", file: file, line: line)
    }

    /// Asserts that text contains every fragment.
    func assertContains(_ text: String, _ fragments: String..., file: StaticString = #filePath, line: UInt = #line) {
        for fragment in fragments {
            XCTAssertTrue(text.contains(fragment), "expected to find \(fragment.debugDescription) in:\n\(text)", file: file, line: line)
        }
    }

    /// The process ids (other than this one) whose command line mentions a string.
    func processes(mentioning needle: String) -> [(pid: Int32, commandLine: String)] {
        let own = getpid()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { name -> (Int32, String)? in
            guard let pid = Int32(name), pid != own,
                  let data = FileManager.default.contents(atPath: "/proc/\(name)/cmdline"), !data.isEmpty else { return nil }
            let commandLine = String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
            return commandLine.contains(needle) ? (pid, commandLine) : nil
        }
    }

    /// Polls a condition every 50 ms until it holds or the deadline passes; returns whether it held.
    @discardableResult
    func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }
}

/// A `course` process started in the background, with its output going to files.
final class BackgroundCourse {
    let process: Process
    let outURL: URL
    let errURL: URL

    init(_ arguments: [String], in folder: URL, environment extra: [String: String], logs: URL) throws {
        outURL = logs.appendingPathComponent("stdout-\(UUID().uuidString)")
        errURL = logs.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process = TestSupport.courseProcess(arguments, in: folder, environment: extra)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
    }

    var stdout: String { (try? String(contentsOf: outURL, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOf: errURL, encoding: .utf8)) ?? "" }
}
