import CourseCLI
import CourseModel
import CourseTerminal
import CourseTestSupport
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A descendant of a test that hides from every tag (an empty environment), leaves the process group
/// (setsid) and changes its PID every millisecond is still gone when `course check` returns: the PID
/// namespace ends it inside the sandbox, and `course` as a child subreaper stops and kills it without.
final class EscapedProcessEndToEndTests: EndToEndTestCase {
    static let marker = "course-hopper-4242"

    /// Live processes whose command line mentions the hopper's marker.
    func hoppers() -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { entry in
            guard let pid = Int32(entry), let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
                  String(decoding: data, as: UTF8.self).contains(Self.marker) else { return nil }
            return pid
        }
    }

    /// Stops, then kills, any hopper a failed assertion left behind, so one failure cannot load the machine.
    func killHoppers() {
        for _ in 0..<200 {
            let found = hoppers()
            if found.isEmpty { return }
            found.forEach { kill($0, SIGSTOP) }
            found.forEach { kill($0, SIGKILL) }
            usleep(5_000)
        }
    }

    func assertNoHopperSurvives(sandbox: String, file: StaticString = #filePath, line: UInt = #line) throws {
        killHoppers()
        let root = try tinyCopy()
        try write(try String(contentsOf: TestSupport.submissions.appendingPathComponent("attack-pid-hopper.swift"), encoding: .utf8),
                  to: "Exercises/exercise-2.swift", in: root)
        let run = try course("check", "exercise-2", in: root, environment: ["COURSE_SANDBOX": sandbox])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr, file: file, line: line)
        var seen: [Int32] = []
        for _ in 0..<5 {
            usleep(100_000)
            seen += hoppers()
        }
        killHoppers()
        XCTAssertEqual(seen, [], "a PID-hopping descendant outlived the check (sandbox \(sandbox))", file: file, line: line)
    }

    func testAPIDHoppingChildDiesWithTheSandbox() throws {
        try assertNoHopperSurvives(sandbox: "require")
    }

    func testAPIDHoppingChildIsReapedWithoutTheSandbox() throws {
        try assertNoHopperSurvives(sandbox: "off")
    }
}
