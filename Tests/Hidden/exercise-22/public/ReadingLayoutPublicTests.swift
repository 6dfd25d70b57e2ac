import XCTest

final class ReadingLayoutPublicTests: XCTestCase {
    /// Reordered, a reading is 16 bytes apart in an array instead of 24.
    func testAReadingTakesSixteenBytesInAnArray() {
        XCTAssertEqual(MemoryLayout<SensorReading>.stride, 16, "put the largest fields first: the padding then fits in 16 bytes")
        XCTAssertEqual(MemoryLayout<SensorReading>.alignment, 8, "the Int64 still aligns the reading to 8")
    }

    /// Callers keep writing SensorReading(isValid:timestamp:channel:value:).
    func testTheInitializerKeepsItsOrder() {
        let reading = SensorReading(isValid: true, timestamp: 1_700_000_000, channel: 3, value: -42)
        XCTAssertEqual(reading.timestamp, 1_700_000_000, "the timestamp is stored")
        XCTAssertEqual(reading.value, -42, "the value is stored")
    }
}
