import XCTest
import Foundation

/// The fixture records, the same as FIXTURE in support/json_peer.py.
private let fixture = [
    SensorReading(sensorId: "greenhouse/north", takenAt: Date(timeIntervalSince1970: 1_714_552_200),
                valueCelsius: 21.5, tags: ["glass", "söder"]),
    SensorReading(sensorId: "lab-3", takenAt: Date(timeIntervalSince1970: 1_735_689_599),
                valueCelsius: -3.25, tags: []),
]

/// What `json.dumps(FIXTURE, sort_keys=True, separators=(",", ":"), ensure_ascii=False)` prints.
private let pythonBytes = #"[{"sensor_id":"greenhouse/north","tags":["glass","söder"],"taken_at":"2024-05-01T08:30:00Z","value_celsius":21.5},{"sensor_id":"lab-3","tags":[],"taken_at":"2024-12-31T23:59:59Z","value_celsius":-3.25}]"#

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
        guard let records = parsed as? [[String: Any]], records.count == 2 else {
            return XCTFail("encodeForPython must produce a JSON array of 2 objects, got: \(text.prefix(200))")
        }
        XCTAssertEqual(records[0]["taken_at"] as? String, "2024-05-01T08:30:00Z",
                       "dates must be ISO-8601 strings in UTC (\"2024-05-01T08:30:00Z\"), not Foundation's default number of seconds since 2001")
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
        XCTAssertEqual(lines, "greenhouse/north|1714552200|21.5|glass,söder\nlab-3|1735689599|-3.25|\n",
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
