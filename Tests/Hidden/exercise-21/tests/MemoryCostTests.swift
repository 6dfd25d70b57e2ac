import XCTest

/// A test-only struct: an 8-byte field followed by a 1-byte field.
struct StampAndFlag {
    var stamp: Int64
    var flag: Bool
}

/// A test-only struct: the same fields the other way round.
struct FlagAndStamp {
    var flag: Bool
    var stamp: Int64
}

final class MemoryCostTests: XCTestCase {
    func testAnArrayOfIntsCostsEightBytesPerElement() {
        XCTAssertEqual(arrayStorageBytes(of: Int.self, count: 1_000), 8_000,
                       "Int has stride 8 on a 64-bit machine: 1,000 of them need 8,000 bytes")
        XCTAssertEqual(arrayStorageBytes(of: UInt8.self, count: 1_000), 1_000, "UInt8 has stride 1")
        XCTAssertEqual(arrayStorageBytes(of: Int32.self, count: 0), 0, "no elements, no bytes")
    }

    func testAnArrayOfOptionalIntsPaysTheStrideNotTheSize() {
        XCTAssertEqual(arrayStorageBytes(of: Int?.self, count: 1_000), 16_000,
                       "Int? has size 9 but stride 16: array elements sit a stride apart, so 1,000 of them need 16,000 bytes, not 9,000")
    }

    func testAStructWithATrailingByteIsPaddedToItsAlignment() {
        XCTAssertEqual(arrayStorageBytes(of: StampAndFlag.self, count: 100), 1_600,
                       "struct { Int64; Bool } has size 9, alignment 8, stride 16: 100 of them need 1,600 bytes")
    }

    func testTrailingPaddingIsStrideMinusSize() {
        XCTAssertEqual(trailingPadding(of: Int?.self), 7, "Int?: stride 16 − size 9 = 7 bytes of padding")
        XCTAssertEqual(trailingPadding(of: Int.self), 0, "Int: stride 8 − size 8 = 0")
        XCTAssertEqual(trailingPadding(of: StampAndFlag.self), 7, "struct { Int64; Bool }: stride 16 − size 9 = 7")
    }

    func testPaddingInTheMiddleIsNotTrailingPadding() {
        XCTAssertEqual(trailingPadding(of: FlagAndStamp.self), 0,
                       "struct { Bool; Int64 }: the 7 padding bytes sit BEFORE the Int64, inside the size (16), so stride 16 − size 16 = 0 trailing")
        XCTAssertEqual(arrayStorageBytes(of: FlagAndStamp.self, count: 100), 1_600,
                       "struct { Bool; Int64 } still has stride 16: 100 of them need 1,600 bytes")
    }

    func testAPythonListOfDistinctIntsCostsAPointerPlusABoxPerElement() {
        XCTAssertEqual(pythonIntListBytes(count: 1_000_000), 36_000_000,
                       "a million distinct ints like 10**6: 8-byte pointer + 28-byte int object = 36 bytes each, 36,000,000 in all")
        XCTAssertEqual(pythonIntListBytes(count: 1), 36, "one int: 8 + 28 = 36 bytes")
        XCTAssertEqual(pythonIntListBytes(count: 0), 0, "no ints, no bytes (the list header is left out)")
    }

    func testPythonIntsCostFourAndAHalfTimesASwiftIntArray() {
        let python = Double(pythonIntListBytes(count: 1_000))
        let swift = Double(arrayStorageBytes(of: Int.self, count: 1_000))
        XCTAssertGreaterThan(swift, 0, "the Swift estimate must not be 0")
        XCTAssertEqual(python / max(swift, 1), 4.5, accuracy: 1e-9,
                       "36 bytes per Python int against 8 per Swift Int is a ratio of 4.5")
    }
}
