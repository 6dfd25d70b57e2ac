import CourseCLI
import CourseKit
import CourseModel
import CourseTerminal
import Foundation
import Synchronization
import XCTest

/// Paths and helpers shared by the test files.
enum TestSupport {
    /// The package root (this file is Tests/courseTests/Support/TestSupport.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The real curriculum at the package root.
    static let mainCourse = packageRoot
    /// The small example course used as a fixture.
    static let tinyCourse = packageRoot.appendingPathComponent("Examples/tiny-course")
    /// Learner submissions for grading scenarios.
    static let submissions = packageRoot.appendingPathComponent("Tests/Fixtures/submissions")

    /// The built `course` executable, next to the test bundle.
    static var courseBinary: URL {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleFolder, bundleFolder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("course")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/course")
    }

    /// A fresh temporary folder, removed when the test ends.
    static func temporaryFolder(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("course-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// A copy of a course in a temporary folder (without any `.course` state), so tests can edit it.
    static func copyCourse(_ source: URL, _ test: XCTestCase) throws -> URL {
        let folder = try temporaryFolder(test)
        let destination = folder.appendingPathComponent("course")
        try FileManager.default.copyItem(at: source, to: destination)
        try? FileManager.default.removeItem(at: destination.appendingPathComponent(".course"))
        try? FileManager.default.removeItem(at: destination.appendingPathComponent(".build"))
        return destination
    }

    /// The result of running the real binary.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the built `course` binary with arguments in a folder, with extra environment variables.
    static func runCourse(_ arguments: [String], in folder: URL, environment extra: [String: String] = [:],
                          timeout: Double = 120) throws -> Run {
        let process = Process()
        process.executableURL = courseBinary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "COURSE_PROGRESS")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
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

    /// One harness-module cache for every test's grader, outside any test's scratch folder.
    static let harnessCache = FileManager.default.temporaryDirectory.appendingPathComponent("course-tests-harness-cache")

    /// A grader for the machine's real toolchain, with no report cache.
    static func grader(scratch: URL? = nil) throws -> Grader {
        let environment = ProcessInfo.processInfo.environment
        return Grader(toolchain: try Toolchain.locate(environment: environment), environment: environment, scratchRoot: scratch,
                      harnessCache: harnessCache)
    }

    /// Grades a submission file against one exercise of a course.
    static func grade(course root: URL, exercise id: String, submission: URL, scratch: URL? = nil) throws -> GradeReport {
        let course = try CourseLoader.load(root: root)
        let exercise = try course.exercise(id)
        return try grader(scratch: scratch).grade(course: course, exercise: exercise, submission: submission,
                                                  displayPath: "Exercises/\(id).swift")
    }
}
