import XCTest

final class FieldOrderTests: XCTestCase {
    private func sample() -> SensorReading {
        SensorReading(isValid: true, timestamp: 1_700_000_000_123, channel: 7, value: -42)
    }

    func testReorderedReadingHasAStrideOfSixteenBytes() {
        XCTAssertEqual(MemoryLayout<SensorReading>.stride, 16,
                       "stride must drop from 24 to 16: put the Int64 first and the small fields together after it (size is now \(MemoryLayout<SensorReading>.size))")
    }

    func testTheReadingStillNeedsNoMoreThanSixteenBytesAndAlignsToEight() {
        XCTAssertLessThanOrEqual(MemoryLayout<SensorReading>.size, 16,
                                 "the fields need 8 + 4 + 1 + 1 = 14 bytes; with a good order the size is at most 16")
        XCTAssertEqual(MemoryLayout<SensorReading>.alignment, 8,
                       "the Int64 timestamp makes the whole struct 8-aligned; that does not change with the order")
    }

    func testTheInitializerKeepsItsArgumentOrderAndFillsEveryField() {
        let reading = sample()
        XCTAssertEqual(reading.isValid, true, "isValid must hold the isValid argument")
        XCTAssertEqual(reading.timestamp, 1_700_000_000_123, "timestamp must hold the timestamp argument")
        XCTAssertEqual(reading.channel, 7, "channel must hold the channel argument")
        XCTAssertEqual(reading.value, -42, "value must hold the value argument")
    }

    func testFieldsStayMutableAndIndependent() {
        var reading = sample()
        reading.value = Int32.max
        reading.channel = UInt8.max
        reading.isValid = false
        XCTAssertEqual(reading.timestamp, 1_700_000_000_123, "changing the other fields must not touch timestamp")
        XCTAssertEqual(reading.value, Int32.max, "value must keep what was stored")
        XCTAssertEqual(reading.channel, UInt8.max, "channel must keep what was stored")
        XCTAssertEqual(reading.isValid, false, "isValid must keep what was stored")
    }

    func testTheFourStoredPropertiesAreStillThere() {
        let children = Mirror(reflecting: sample()).children
        let names = Set(children.compactMap(\.label))
        XCTAssertEqual(names, ["isValid", "timestamp", "channel", "value"],
                       "keep exactly the four stored properties; only their order should change")
        XCTAssertEqual(children.count, 4, "four stored properties, no more")
        var types: [String: String] = [:]
        for child in children {
            if let label = child.label { types[label] = String(describing: type(of: child.value)) }
        }
        XCTAssertEqual(types, ["isValid": "Bool", "timestamp": "Int64", "channel": "UInt8", "value": "Int32"],
                       "keep each property's type (isValid Bool, timestamp Int64, channel UInt8, value Int32): changing a type, or making one optional, is not reordering")
    }

    func testAReadingIsAValueSoACopyIsIndependent() {
        let original = sample()
        var copy = original
        copy.value = 99
        copy.isValid = false
        XCTAssertEqual(original.value, -42,
                       "changing a copy must leave the original alone: SensorReading stays a struct (a class would store 8-byte references and put every reading in its own heap object)")
        XCTAssertEqual(original.isValid, true, "changing a copy's isValid must leave the original's alone")
    }

    func testAMillionReadingsNowTakeSixteenMegabytesInsteadOfTwentyFour() {
        let bytes = MemoryLayout<SensorReading>.stride * 1_000_000
        XCTAssertEqual(bytes, 16_000_000,
                       "an array of 1,000,000 readings needs stride × 1,000,000 bytes: 16,000,000 after the fix (24,000,000 before)")
    }
}
