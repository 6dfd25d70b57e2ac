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
import Synchronization
#endif

/// The run's two secrets, read from standard input before any learner code runs, so neither is in any
/// binary. The result tag authenticates records on the result channel (a socket that cannot be reopened for
/// reading, moved to a random descriptor by `courseCloseDoors`). It is read with read(2), one byte at a time,
/// so no stdio buffer keeps a copy, and the bytes read are wiped; it is kept only XOR-masked, and each record
/// is built in one buffer that is wiped once written. The marker tag only splits standard output into
/// per-test parts: it may leak harmlessly.
private struct CourseSecrets {
    var masked: [UInt8]
    var mask: [UInt8]
    var marker: String

    static let shared: CourseSecrets = {
        var line = [UInt8](repeating: 0, count: 256)
        var length = 0
        var tagLength = -1
        while length < line.count {
            var byte: UInt8 = 0
            let count = read(0, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            if byte == 10 {
                if tagLength >= 0 { break }
                tagLength = length
                continue
            }
            line[length] = byte
            length += 1
            byte = 0
        }
        if tagLength < 0 { tagLength = length }
        let empty = open("/dev/null", O_RDONLY)
        if empty >= 0 { _ = dup2(empty, 0); _ = close(empty) }
        var generator = SystemRandomNumberGenerator()
        var mask = [UInt8](repeating: 0, count: tagLength)
        var masked = [UInt8](repeating: 0, count: tagLength)
        for index in 0..<tagLength {
            mask[index] = UInt8.random(in: 1...255, using: &generator)
            masked[index] = line[index] ^ mask[index]
        }
        let marker = String(decoding: line[tagLength..<length], as: UTF8.self)
        for index in line.indices { line[index] = 0 }
        return CourseSecrets(masked: masked, mask: mask, marker: marker)
    }()

    /// The record's bytes with the tag filled in place, in one buffer that the caller wipes after writing.
    /// The buffer is complete before the tag goes in, so no reallocation leaves a copy of it behind.
    func record(_ fields: [String: String]) -> [UInt8]? {
        var bytes: [UInt8] = [123]
        var at = -1
        for (index, key) in (Array(fields.keys.filter { $0 != "nonce" }) + ["nonce"]).sorted().enumerated() {
            if index > 0 { bytes.append(44) }
            bytes += Array(courseJSONString(key).utf8)
            bytes.append(58)
            if key == "nonce" {
                bytes.append(34)
                at = bytes.count
                bytes += [UInt8](repeating: 64, count: masked.count)
                bytes.append(34)
            } else {
                bytes += Array(courseJSONString(fields[key] ?? "").utf8)
            }
        }
        bytes += [125, 10]
        guard at >= 0 else { return nil }
        for index in masked.indices { bytes[at + index] = masked[index] ^ mask[index] }
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

/// Records written so far: each record carries its number, so the parent sees a record that went missing,
/// came twice or came out of order (`ResultChannel`). The lock also keeps records whole: a test that fails
/// on several threads at once (XCTest tells the observer on the failing thread) writes one record at a time.
private let courseSequence = Mutex<Int>(0)

private func courseEmit(_ fields: [String: String]) {
    courseSequence.withLock { sequence in
        var fields = fields
        fields["seq"] = String(sequence)
        sequence += 1
        guard var bytes = CourseSecrets.shared.record(fields) else { return }
        courseWriteAll(courseChannel, bytes)
        for index in bytes.indices { bytes[index] = 0 }
    }
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
public func courseBegin(cpuSeconds: Int, fileSizeBytes: Int, dataBytes: Int = 0) {
    courseLimit(Int32(RLIMIT_CPU.rawValue), cpuSeconds)
    courseLimit(Int32(RLIMIT_FSIZE.rawValue), fileSizeBytes)
    if dataBytes > 0 { courseLimit(Int32(RLIMIT_DATA.rawValue), dataBytes) }
    courseLimit(Int32(RLIMIT_CORE.rawValue), 0)
    // Line by line: what a test printed before it crashed is not lost in a buffer. C's `stdout` is found
    // with dlsym: Swift 6 mode (an exercise's "swift_flags") refuses to read that global directly.
    if let stdoutVariable = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "stdout") {
        setvbuf(stdoutVariable.load(as: UnsafeMutablePointer<FILE>?.self), nil, _IOLBF, 0)
    }
    _ = CourseSecrets.shared
    _ = courseWanted
    courseCloseDoors()
}

#if !COURSE_NO_XCTEST
/// Keeps the tests named on the command line as `Class/method` (all of them when none are).
public func courseSelect<T>(_ className: String, _ tests: [(String, T)]) -> [(String, T)] {
    courseWanted.isEmpty ? tests : tests.filter { courseWanted.contains(className + "/" + $0.0) }
}

/// Runs the tests, reports them on the channel, and exits 0: the channel carries the verdict.
public func courseRun(_ entries: [XCTestCaseEntry]) -> Never {
    courseEmit(["event": "begin", "doors": courseDoors])
    let status: CInt = XCTMain(entries, arguments: [CommandLine.arguments[0]], observers: [CourseObserver()])
    courseEmit(["event": "done", "status": String(status)])
    fflush(nil)
    _exit(0)
}
#endif
