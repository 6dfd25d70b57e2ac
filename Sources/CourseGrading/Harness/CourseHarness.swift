// The exercise-independent part of every test program: compiled once per toolchain and flags, cached
// by course, and linked with the learner's module, the hidden suite and a generated main.
//
// This file is embedded into the `course` binary as data (see Package.swift); it is never part of the
// course tool itself. A test compiles it on its own. The channel needs only the standard library and
// Glibc; compiled with `-D COURSE_NO_XCTEST` (a suite in Swift Testing only), the XCTest part is left
// out, so such a test program loads neither XCTest nor Foundation.
#if !COURSE_NO_XCTEST
import XCTest
#endif
#if canImport(Glibc)
import Glibc
#endif

/// The run's two secrets, read from standard input before any learner code runs, so neither is in any
/// binary. The result tag authenticates records on the result channel (file descriptor 3, a socket
/// that cannot be reopened for reading); it is kept only XOR-masked, so no copy of it sits in memory
/// as text. The marker tag only splits standard output into per-test parts: it may leak harmlessly.
private struct CourseSecrets {
    var masked: [UInt8]
    var mask: [UInt8]
    var marker: String

    static let shared: CourseSecrets = {
        let tag = Array((readLine(strippingNewline: true) ?? "").utf8)
        let marker = readLine(strippingNewline: true) ?? ""
        let empty = open("/dev/null", O_RDONLY)
        if empty >= 0 { _ = dup2(empty, 0); _ = close(empty) }
        var generator = SystemRandomNumberGenerator()
        let mask = tag.map { _ in UInt8.random(in: 1...255, using: &generator) }
        return CourseSecrets(masked: zip(tag, mask).map { $0 ^ $1 }, mask: mask, marker: marker)
    }()

    /// The record's bytes with the tag filled in, built in one buffer and then written.
    func record(_ fields: [String: String]) -> [UInt8]? {
        var object = fields
        object["nonce"] = "@@"
        let members = object.sorted { $0.key < $1.key }.map { courseJSONString($0.key) + ":" + courseJSONString($0.value) }
        var bytes = Array(("{" + members.joined(separator: ",") + "}").utf8)
        guard let at = bytes.indices.dropLast().first(where: { bytes[$0] == 64 && bytes[$0 + 1] == 64 }) else { return nil }
        bytes.replaceSubrange(at...(at + 1), with: zip(masked, mask).map { $0 ^ $1 })
        bytes.append(10)
        return bytes
    }
}

/// A JSON string literal: quotes, backslashes and control characters escaped.
private func courseJSONString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

private let courseWanted = Set(CommandLine.arguments.dropFirst())

private func courseWriteAll(_ fd: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = write(fd, base + offset, buffer.count - offset)
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }
}

private func courseEmit(_ fields: [String: String]) {
    guard var bytes = CourseSecrets.shared.record(fields) else { return }
    courseWriteAll(3, bytes)
    for index in bytes.indices { bytes[index] = 0 }
}

private func courseMark(_ event: String, _ name: String) {
    fflush(nil)
    courseWriteAll(1, Array("\u{1E}\(CourseSecrets.shared.marker) \(event) \(name)\n".utf8))
}

#if !COURSE_NO_XCTEST
private final class CourseObserver: XCTestObservation {
    func testCaseWillStart(_ testCase: XCTestCase) {
        courseEmit(["event": "start", "test": testCase.name])
        courseMark("start", testCase.name)
    }
    func testCase(_ testCase: XCTestCase, didFailWithDescription description: String, inFile filePath: String?, atLine lineNumber: Int) {
        courseEmit(["event": "fail", "test": testCase.name, "message": description, "line": String(lineNumber)])
    }
    func testCaseDidFinish(_ testCase: XCTestCase) {
        courseMark("finish", testCase.name)
        let run = testCase.testRun
        courseEmit([
            "event": "finish", "test": testCase.name,
            "passed": run?.hasSucceeded == true ? "1" : "0",
            "skipped": (run?.skipCount ?? 0) > 0 ? "1" : "0",
        ])
    }
}
#endif

private func courseLimit(_ resource: Int32, _ value: Int) {
    var limit = rlimit(rlim_cur: rlim_t(value), rlim_max: rlim_t(value))
    _ = setrlimit(__rlimit_resource_t(UInt32(resource)), &limit)
}

/// Sets the limits and reads the run's secrets, before any test (and so any learner code) runs.
public func courseBegin(cpuSeconds: Int, fileSizeBytes: Int) {
    courseLimit(Int32(RLIMIT_CPU.rawValue), cpuSeconds)
    courseLimit(Int32(RLIMIT_FSIZE.rawValue), fileSizeBytes)
    courseLimit(Int32(RLIMIT_CORE.rawValue), 0)
    // Line by line: what a test printed before it crashed is not lost in a buffer. C's `stdout` is found
    // with dlsym: Swift 6 mode (an exercise's "swift_flags") refuses to read that global directly.
    if let stdoutVariable = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "stdout") {
        setvbuf(stdoutVariable.load(as: UnsafeMutablePointer<FILE>?.self), nil, _IOLBF, 0)
    }
    _ = CourseSecrets.shared
}

#if !COURSE_NO_XCTEST
/// Keeps the tests named on the command line as `Class/method` (all of them when none are).
public func courseSelect<T>(_ className: String, _ tests: [(String, T)]) -> [(String, T)] {
    courseWanted.isEmpty ? tests : tests.filter { courseWanted.contains(className + "/" + $0.0) }
}

/// Runs the tests, reports them on the channel, and exits 0: the channel carries the verdict.
public func courseRun(_ entries: [XCTestCaseEntry]) -> Never {
    courseEmit(["event": "begin"])
    let status: CInt = XCTMain(entries, arguments: [CommandLine.arguments[0]], observers: [CourseObserver()])
    courseEmit(["event": "done", "status": String(status)])
    fflush(nil)
    _exit(0)
}
#endif
