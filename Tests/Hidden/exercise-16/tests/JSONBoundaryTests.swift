import XCTest
import Foundation

/// The fixture records, the same as FIXTURE in support/json_peer.py.
private let fixture = [
    SensorReading(sensorId: "greenhouse/north", takenAt: Date(timeIntervalSince1970: 1_714_552_200),
                valueCelsius: 21.5, tags: ["glass", "söder"]),
    SensorReading(sensorId: "lab-3", takenAt: Date(timeIntervalSince1970: 1_735_689_599),
                valueCelsius: -3.25, tags: []),
    SensorReading(sensorId: "roof \"east\" \\ attic", takenAt: Date(timeIntervalSince1970: 951_782_400),
                valueCelsius: 0.125, tags: ["tab\there", "\u{1F321}", "zürich/wädenswil"]),
]

/// What `json.dumps(FIXTURE, sort_keys=True, separators=(",", ":"), ensure_ascii=False)` prints.
private let pythonBytes = ##"[{"sensor_id":"greenhouse/north","tags":["glass","söder"],"taken_at":"2024-05-01T08:30:00Z","value_celsius":21.5},{"sensor_id":"lab-3","tags":[],"taken_at":"2024-12-31T23:59:59Z","value_celsius":-3.25},{"sensor_id":"roof \"east\" \\ attic","tags":["tab\there","🌡","zürich/wädenswil"],"taken_at":"2000-02-29T00:00:00Z","value_celsius":0.125}]"##

/// Runs support/json_peer.py with `mode`, feeding `input` on stdin; returns stdout.
private func python(_ mode: String, input: Data = Data(), file: StaticString = #filePath, line: UInt = #line) -> String? {
    guard let support = ProcessInfo.processInfo.environment["COURSE_SUPPORT_DIR"] else {
        XCTFail("the checker did not provide COURSE_SUPPORT_DIR", file: file, line: line)
        return nil
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", support + "/json_peer.py", mode]
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    do { try process.run() } catch {
        XCTFail("could not start python3: \(error)", file: file, line: line)
        return nil
    }
    stdin.fileHandleForWriting.write(input)
    try? stdin.fileHandleForWriting.close()
    let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let err = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        XCTFail("Python could not read it (exit \(process.terminationStatus)): \(out.suffix(600)) \(err.suffix(600))", file: file, line: line)
        return nil
    }
    return out
}

private func encodedText(file: StaticString = #filePath, line: UInt = #line) -> String? {
    do {
        return String(decoding: try encodeForPython(fixture), as: UTF8.self)
    } catch {
        XCTFail("encodeForPython threw \(error)", file: file, line: line)
        return nil
    }
}

final class JSONBoundaryTests: XCTestCase {
    /// The contract must not depend on where the code runs. Every test here
    /// runs as if on a machine in Chatham Islands time (UTC+12:45/+13:45), so
    /// an answer that quietly formats or parses dates in local time is wrong
    /// here too, not only on the learner's laptop.
    override class func setUp() {
        super.setUp()
        setenv("TZ", "Pacific/Chatham", 1)
        tzset()
        if let chatham = TimeZone(identifier: "Pacific/Chatham") {
            NSTimeZone.default = chatham
        }
    }

    func testTheTestsRunInAFarAwayTimeZone() {
        XCTAssertNotEqual(TimeZone.current.secondsFromGMT(for: fixture[0].takenAt), 0,
                          "(this checks the checker, not your code: the tests are meant to run with a local time zone that is not UTC, so that local-time mistakes show)")
    }

    func testKeysAreSnakeCase() throws {
        guard let text = encodedText() else { return }
        let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let records = parsed as? [[String: Any]], let first = records.first else {
            return XCTFail("encodeForPython must produce a JSON array of objects, got: \(text.prefix(200))")
        }
        XCTAssertEqual(Set(first.keys), ["sensor_id", "taken_at", "value_celsius", "tags"],
                       "Python expects snake_case keys; camelCase like sensorId is a different key to json.loads")
    }

    func testDatesAreISO8601StringsInUTC() throws {
        guard let text = encodedText() else { return }
        let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let records = parsed as? [[String: Any]], records.count == 3 else {
            return XCTFail("encodeForPython must produce a JSON array of 3 objects, got: \(text.prefix(200))")
        }
        XCTAssertEqual(records[0]["taken_at"] as? String, "2024-05-01T08:30:00Z",
                       "dates must be ISO-8601 strings in UTC (\"2024-05-01T08:30:00Z\"), not Foundation's default number of seconds since 2001, and not the local time of the machine (these tests run in UTC+12:45)")
        XCTAssertEqual(records[1]["taken_at"] as? String, "2024-12-31T23:59:59Z",
                       "the last second of 2024 is \"2024-12-31T23:59:59Z\": a formatter with \"YYYY\" (week-based year) writes 2025, and local time writes the next day")
        XCTAssertEqual(records[2]["taken_at"] as? String, "2000-02-29T00:00:00Z",
                       "midnight UTC on a leap day is \"2000-02-29T00:00:00Z\"")
    }

    func testOutputIsByteForByteWhatPythonWrites() {
        guard let text = encodedText() else { return }
        XCTAssertEqual(text, pythonBytes,
                       "the bytes must equal json.dumps(records, sort_keys=True, separators=(\",\", \":\"), ensure_ascii=False): sorted keys, no spaces, \"/\" not escaped as \"\\/\", UTF-8 kept as is")
    }

    func testPythonItselfProducesTheSameBytes() {
        guard let text = encodedText(), let reference = python("expected") else { return }
        XCTAssertEqual(text, reference, "python3 json_peer.py expected printed Python's own encoding of the same records: yours must be identical")
    }

    func testPythonCanReadTheDatesBack() {
        guard let data = try? encodeForPython(fixture) else { return XCTFail("encodeForPython threw") }
        guard let lines = python("read", input: data) else { return }
        XCTAssertEqual(lines, "greenhouse/north|1714552200|21.5|glass,söder\nlab-3|1735689599|-3.25|\nroof \"east\" \\ attic|951782400|0.125|tab\there,\u{1F321},zürich/wädenswil\n",
                       "Python parses sensor_id, taken_at (with \"%Y-%m-%dT%H:%M:%SZ\") and value_celsius from your JSON and must get the original values")
    }

    func testDecodingPythonsJSONGivesTheOriginalRecords() throws {
        let decoded: [SensorReading]
        do {
            decoded = try decodeFromPython(Data(pythonBytes.utf8))
        } catch {
            return XCTFail("decodeFromPython must accept Python's JSON (snake_case keys, ISO-8601 dates) but threw: \(error)")
        }
        XCTAssertEqual(decoded, fixture, "decoding Python's JSON must give back the fixture records, dates included")
    }

    func testEncodeThenDecodeIsLossless() throws {
        let decoded = try decodeFromPython(try encodeForPython(fixture))
        XCTAssertEqual(decoded, fixture, "a round trip through your own encoder and decoder must give the same records")
    }
}
