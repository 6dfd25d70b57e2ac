@testable import CourseGrading
@testable import CourseModel
import CourseTestSupport
import Foundation
import XCTest

/// A missing or broken compiler is reported plainly, never as a crash or a verdict.
final class ToolchainFaultTests: XCTestCase {
    func locateError(_ environment: [String: String], file: StaticString = #filePath, line: UInt = #line) -> String? {
        do {
            let found = try Toolchain.locate(environment: environment)
            XCTFail("expected toolchainMissing, found \(found)", file: file, line: line)
            return nil
        } catch CourseError.toolchainMissing(let message) {
            return message
        } catch {
            XCTFail("expected toolchainMissing, got \(error)", file: file, line: line)
            return nil
        }
    }

    func testCourseSwiftcPointingNowhere() {
        let message = locateError(["COURSE_SWIFTC": "/nonexistent/swiftc", "PATH": "/usr/bin:/bin"])
        XCTAssertEqual(message, "COURSE_SWIFTC is set to '/nonexistent/swiftc', which is not an executable file.")
    }

    func testCourseSwiftcPointingAtAFolder() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let message = locateError(["COURSE_SWIFTC": folder.path, "PATH": "/usr/bin:/bin"])
        XCTAssertTrue(message?.contains("COURSE_SWIFTC") ?? false, message ?? "")
    }

    func testNoSwiftcOnPath() throws {
        let empty = try TestSupport.temporaryFolder(self)
        XCTAssertEqual(locateError(["PATH": empty.path]), "The Swift compiler (swiftc) is not on your PATH.")
        XCTAssertEqual(locateError([:]), "The Swift compiler (swiftc) is not on your PATH.")
        XCTAssertEqual(locateError(["PATH": empty.path, "COURSE_SWIFTC": ""]), "The Swift compiler (swiftc) is not on your PATH.")
    }

    func testCourseSwiftcIsUsedWhenSet() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let fake = folder.appendingPathComponent("my-swiftc")
        try "#!/bin/sh\nexit 0\n".write(to: fake, atomically: true, encoding: .utf8)
        chmod(fake.path, 0o755)
        let toolchain = try Toolchain.locate(environment: ["COURSE_SWIFTC": fake.path, "PATH": "/usr/bin:/bin"])
        XCTAssertEqual(toolchain.swiftc, fake.path)
        XCTAssertTrue(toolchain.identity.hasPrefix(fake.resolvingSymlinksInPath().path + "|"), toolchain.identity)
    }

    func testBrokenSwiftcGivesAToolchainError() throws {
        let folder = try TestSupport.temporaryFolder(self)
        let broken = folder.appendingPathComponent("swiftc")
        try "#!/bin/sh\necho 'Segmentation fault (core dumped) @@@ \\001 garbage'\necho 'more garbage' >&2\nexit 1\n"
            .write(to: broken, atomically: true, encoding: .utf8)
        chmod(broken.path, 0o755)
        var environment = ProcessInfo.processInfo.environment
        environment["COURSE_SWIFTC"] = broken.path
        let scratch = try TestSupport.temporaryFolder(self)
        let report = try GradingFixtures.grade(exercise: "exercise-2", submission: GradingFixtures.submission("stack-correct.swift"),
                                               environment: environment, scratch: scratch)
        XCTAssertEqual(report.status, .error)
        XCTAssertEqual(report.errorKind, .toolchain)
        XCTAssertEqual(report.tests, [])
        let message = try XCTUnwrap(report.message)
        XCTAssertTrue(message.hasPrefix("swiftc failed without an error message (exited(1)). Check your Swift installation with 'swiftc --version'."),
                      message)
        XCTAssertTrue(message.contains("more garbage"), message)
        XCTAssertEqual(GradingFixtures.leftovers(in: scratch), [])
    }
}
