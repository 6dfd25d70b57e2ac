import CourseTestSupport
import Foundation
import XCTest

/// `--sandbox` and `COURSE_SANDBOX` through the real binary: the mode in force, bad values, the note
/// said once when `auto` falls back, and a FIFO where the exercise file should be.
final class SandboxOptionEndToEndTests: EndToEndTestCase {
    func testCheckJSONSaysTheTestsRanInTheSandbox() throws {
        let root = try tinyCopy()
        try solve("exercise-2", in: root)
        let run = try course("check", "exercise-2", "--json", "--sandbox", "require", in: root)
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertEqual(try jsonObject(run.stdout)["sandboxed"] as? Bool, true)
        let off = try course("check", "exercise-2", "--json", "--sandbox=off", in: root)
        XCTAssertEqual(try jsonObject(off.stdout)["sandboxed"] as? Bool, false, "a separate cache entry per mode")
    }

    func testAnUnknownModeIsAUsageError() throws {
        let root = try tinyCopy()
        let flag = try course("check", "exercise-2", "--sandbox", "maybe", in: root)
        XCTAssertEqual(flag.status, 64)
        XCTAssertTrue(flag.stderr.contains("--sandbox takes auto, require or off (not 'maybe')"), flag.stderr)
        let variable = try course("check", "exercise-2", in: root, environment: ["COURSE_SANDBOX": "sometimes"])
        XCTAssertEqual(variable.status, 64)
        XCTAssertTrue(variable.stderr.contains("COURSE_SANDBOX takes auto, require or off (not 'sometimes')"), variable.stderr)
    }

    func testRequireWithoutBubblewrapRefusesAndAutoSaysOnceWhatItLoses() throws {
        let root = try tinyCopy()
        try solve("exercise-2", in: root)
        let missing = ["COURSE_BWRAP": "/nonexistent/bwrap"]
        let required = try course("check", "exercise-2", "--sandbox", "require", in: root, environment: missing)
        XCTAssertEqual(required.status, 1)
        XCTAssertTrue(required.stdout.contains("The sandbox is required (--sandbox require) but cannot be used: bubblewrap (bwrap) is not installed."),
                      required.stdout)
        XCTAssertTrue(required.stdout.contains("apt-get install bubblewrap"), required.stdout)

        let first = try course("check", "exercise-2", in: root, environment: missing)
        XCTAssertEqual(first.status, 0, first.stdout + first.stderr)
        XCTAssertTrue(first.stderr.contains("Note: tests ran without the sandbox: bubblewrap (bwrap) is not installed."), first.stderr)
        XCTAssertTrue(first.stderr.contains("test code runs as you"), first.stderr)
        try write("// changed\n" + (try text("Exercises/exercise-2.swift", in: root)), to: "Exercises/exercise-2.swift", in: root)
        let second = try course("check", "exercise-2", in: root, environment: missing)
        XCTAssertEqual(second.status, 0)
        XCTAssertFalse(second.stderr.contains("without the sandbox"), "said once: \(second.stderr)")
    }

    func testAFIFOInPlaceOfTheExerciseIsRefusedWithoutHanging() throws {
        let root = try tinyCopy()
        let path = root.appendingPathComponent("Exercises/exercise-2.swift").path
        try FileManager.default.removeItem(atPath: path)
        XCTAssertEqual(mkfifo(path, 0o644), 0)
        let run = try course("check", "exercise-2", in: root)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("Exercises/exercise-2.swift is not a regular file (it is a named pipe (FIFO))"), run.stdout)
        let list = try course("list", in: root)
        XCTAssertEqual(list.status, 0, "list does not block on the FIFO either: \(list.stderr)")
    }
}
