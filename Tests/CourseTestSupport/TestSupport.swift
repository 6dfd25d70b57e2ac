import CourseGrading
import CourseModel
import Foundation
import Synchronization
import XCTest

/// Paths and helpers shared by every test target: fixtures, temporary copies, the grader, and the one
/// way to start the built `course` binary.
public enum TestSupport {
    /// The package root (this file is Tests/CourseTestSupport/TestSupport.swift).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The real curriculum at the package root.
    public static let mainCourse = packageRoot
    /// The small example course used as a fixture.
    public static let tinyCourse = packageRoot.appendingPathComponent("Examples/tiny-course")
    /// Learner submissions for grading scenarios.
    public static let submissions = packageRoot.appendingPathComponent("Tests/Fixtures/submissions")

    /// The built `course` executable, next to the test bundle.
    public static var courseBinary: URL {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleFolder, bundleFolder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("course")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/course")
    }

    /// A fresh temporary folder, removed when the test ends.
    public static func temporaryFolder(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("course-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// A copy of a course in a temporary folder (without any `.course` state), so tests can edit it.
    public static func copyCourse(_ source: URL, _ test: XCTestCase) throws -> URL {
        let folder = try temporaryFolder(test)
        let destination = folder.appendingPathComponent("course")
        try FileManager.default.copyItem(at: source, to: destination)
        try? FileManager.default.removeItem(at: destination.appendingPathComponent(".course"))
        try? FileManager.default.removeItem(at: destination.appendingPathComponent(".build"))
        return destination
    }

    /// The result of running the real binary.
    public struct Run: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The one way tests start the built `course`: in a folder, with `NO_COLOR` set, no `COURSE_PROGRESS`
    /// from the developer's shell, the binary's folder on `PATH` (as after `course install`, so screens say
    /// `course …`), and extra environment variables on top. The caller connects the streams.
    public static func courseProcess(_ arguments: [String], in folder: URL, environment extra: [String: String] = [:]) -> Process {
        let process = Process()
        process.executableURL = courseBinary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "COURSE_PROGRESS")
        environment["PATH"] = courseBinary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        return process
    }

    /// Runs the built `course` binary with arguments in a folder, with extra environment variables.
    public static func runCourse(_ arguments: [String], in folder: URL, environment extra: [String: String] = [:],
                                 timeout: Double = 120) throws -> Run {
        let process = courseProcess(arguments, in: folder, environment: extra)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting: waiting first deadlocks once a pipe buffer fills.
        final class Box: Sendable { let data = Mutex(Data()) }
        let outBox = Box()
        let reader = out.fileHandleForReading
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            let data = reader.readDataToEndOfFile()
            outBox.data.withLock { $0 = data }
            group.leave()
        }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        _ = group.wait(timeout: .now() + timeout)
        let outData = outBox.data.withLock { $0 }
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A copy of a course's authored files only (manifest, lessons, solutions, hidden suites), with every
    /// learner file set to its pristine starter: what the course is, whatever a learner has done in `Exercises/`.
    public static func pristineCopy(of source: URL, _ test: XCTestCase) throws -> URL {
        let fm = FileManager.default
        let destination = try temporaryFolder(test).appendingPathComponent("course")
        try fm.createDirectory(at: destination, withIntermediateDirectories: true)
        for path in [Layout.manifest, Layout.lessons, Layout.solutions, Layout.hidden] {
            let target = destination.appendingPathComponent(path)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.copyItem(at: source.appendingPathComponent(path), to: target)
        }
        let exercises = destination.appendingPathComponent(Layout.exercises)
        try fm.createDirectory(at: exercises, withIntermediateDirectories: true)
        for id in try fm.contentsOfDirectory(atPath: destination.appendingPathComponent(Layout.hidden).path) {
            let starter = destination.appendingPathComponent(Layout.starter(id))
            if fm.fileExists(atPath: starter.path) {
                try fm.copyItem(at: starter, to: destination.appendingPathComponent(Layout.learnerFile(id)))
            }
        }
        return destination
    }

    /// One harness-module cache for every test's grader, outside any test's scratch folder: in this checkout's
    /// `.build`, so two checkouts testing at once (worktrees) never share one (an unsandboxed grading revokes the
    /// sandboxed seal key of its cache, and another run's modules would then be rebuilt under it).
    public static let harnessCache = packageRoot.appendingPathComponent(".build/course-tests-harness-cache")

    /// A grader for the machine's real toolchain, with no report cache.
    public static func grader(scratch: URL? = nil) throws -> Grader {
        let environment = ProcessInfo.processInfo.environment
        return Grader(toolchain: try Toolchain.locate(environment: environment), environment: environment, scratchRoot: scratch,
                      harnessCache: harnessCache)
    }

    /// Grades a submission file against one exercise of a course.
    public static func grade(course root: URL, exercise id: String, submission: URL, scratch: URL? = nil) throws -> GradeReport {
        let course = try CourseLoader.load(root: root)
        let exercise = try course.exercise(id)
        return try grader(scratch: scratch).grade(course: course, exercise: exercise, submission: submission,
                                                  displayPath: "Exercises/\(id).swift")
    }

    /// Pids of live processes whose command line is exactly `words` (zombies have an empty one).
    public static func processes(commandLine words: [String]) -> [Int32] {
        let wanted = Array(words.joined(separator: "\0").utf8) + [0]
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> Int32? in
            guard let pid = Int32(entry), let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
            return [UInt8](data) == wanted ? pid : nil
        }
    }
}
