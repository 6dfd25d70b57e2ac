import Foundation
import XCTest

final class PythonJSONPublicTests: XCTestCase {
    private let reading = SensorReading(sensorId: "greenhouse/north", takenAt: Date(timeIntervalSince1970: 1_714_552_200),
                                        valueCelsius: 21.5, tags: ["glass", "söder"])

    /// The lesson's record is written as Python writes it: snake_case keys, sorted, a UTC date, "/" unescaped.
    func testTheLessonsRecordIsWrittenAsPythonWritesIt() throws {
        let text = String(decoding: try encodeForPython([reading]), as: UTF8.self)
        XCTAssertEqual(text, #"[{"sensor_id":"greenhouse/north","tags":["glass","söder"],"taken_at":"2024-05-01T08:30:00Z","value_celsius":21.5}]"#,
                       "json.dumps(records, sort_keys=True, separators=(\",\", \":\"), ensure_ascii=False) writes these bytes")
    }

    /// Reading back what was written gives the same record.
    func testWhatIsWrittenReadsBack() throws {
        XCTAssertEqual(try decodeFromPython(try encodeForPython([reading])), [reading], "encode then decode gives the original record")
    }
}
