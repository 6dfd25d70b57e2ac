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

    func testAPythonIntObjectIsAHeaderPlusFourBytesPerThirtyBitDigit() {
        XCTAssertEqual(pythonIntObjectBytes(1_000_000), 28, "sys.getsizeof(10**6) is 28: a 24-byte header and one 30-bit digit")
        XCTAssertEqual(pythonIntObjectBytes(1), 28, "sys.getsizeof(1) is 28: one digit")
        XCTAssertEqual(pythonIntObjectBytes(0), 28, "sys.getsizeof(0) is 28 on CPython 3.11: at least one digit is counted")
        XCTAssertEqual(pythonIntObjectBytes(1_073_741_823), 28, "2**30 - 1 still fits in one 30-bit digit: 28 bytes")
        XCTAssertEqual(pythonIntObjectBytes(1_073_741_824), 32, "2**30 needs a second 30-bit digit: 24 + 2 × 4 = 32 bytes")
        XCTAssertEqual(pythonIntObjectBytes((1 << 60) - 1), 32, "2**60 - 1 fits in two digits: 32 bytes")
        XCTAssertEqual(pythonIntObjectBytes(1 << 60), 36, "2**60 needs three digits: 36 bytes")
    }

    func testNegativeIntsAreSizedByTheirMagnitude() {
        XCTAssertEqual(pythonIntObjectBytes(-1_073_741_824), 32,
                       "-2**30 has magnitude 2**30, two digits: 32 bytes (the sign is stored separately, not in the digits)")
        XCTAssertEqual(pythonIntObjectBytes(-1_073_741_823), 28, "-(2**30 - 1) has a one-digit magnitude: 28 bytes")
        XCTAssertEqual(pythonIntObjectBytes(Int.max), 36, "2**63 - 1 needs three 30-bit digits: 36 bytes")
        XCTAssertEqual(pythonIntObjectBytes(Int.min), 36,
                       "-2**63 has magnitude 2**63, three digits: 36 bytes (and abs(Int.min) would trap in Swift: use .magnitude)")
    }

    func testAPythonListOfDistinctBigIntsCostsAPointerPlusABoxPerElement() {
        let millionInts = Array(1_000_000..<2_000_000)
        XCTAssertEqual(pythonIntListBytes(millionInts), 36_000_000,
                       "list(range(10**6, 2 * 10**6)): an 8-byte pointer + a 28-byte int object = 36 bytes each, 36,000,000 in all")
        XCTAssertEqual(pythonIntListBytes([1_000_000]), 36, "one big int: 8 + 28 = 36 bytes")
        XCTAssertEqual(pythonIntListBytes([]), 0, "no ints, no bytes (the list header is left out)")
    }

    func testSmallIntsAreSharedSoTheyCostOnlyTheirSlot() {
        XCTAssertEqual(pythonIntListBytes(Array(repeating: 0, count: 1_000)), 8_000,
                       "[0] * 1000: CPython shares one object for each int from -5 to 256, so only the 8-byte slots cost anything: 8,000 bytes")
        XCTAssertEqual(pythonIntListBytes(Array(-5...256)), 8 * 262,
                       "every int from -5 to 256 is a shared small int: 262 of them cost 262 slots of 8 bytes")
    }

    func testTheSharedSmallIntsRunFromMinusFiveToTwoHundredFiftySixInclusive() {
        XCTAssertEqual(pythonIntListBytes([256]), 8, "256 is the largest shared small int: only the 8-byte slot")
        XCTAssertEqual(pythonIntListBytes([257]), 36, "257 is not shared: slot 8 + int object 28 = 36")
        XCTAssertEqual(pythonIntListBytes([-5]), 8, "-5 is the smallest shared small int: only the 8-byte slot")
        XCTAssertEqual(pythonIntListBytes([-6]), 36, "-6 is not shared: slot 8 + int object 28 = 36")
    }

    func testAMixedListAddsSlotsAndTheObjectsOfItsBigInts() {
        XCTAssertEqual(pythonIntListBytes([1, 1_000_000, -7, 1_073_741_824, 200]), 128,
                       "[1, 10**6, -7, 2**30, 200]: 5 slots × 8 = 40, plus objects for 10**6 (28), -7 (28) and 2**30 (32); 1 and 200 are shared: 128 bytes")
        XCTAssertEqual(pythonIntListBytes([Int.min, 1 << 62, -1_000, 5]), 132,
                       "[-2**63, 2**62, -1000, 5]: 4 slots × 8 = 32, plus 36 + 36 + 28 for the three big ints; 5 is shared: 132 bytes")
    }

    func testPythonIntsCostFourAndAHalfTimesASwiftIntArray() {
        let python = Double(pythonIntListBytes(Array(1_000_000..<1_001_000)))
        let swift = Double(arrayStorageBytes(of: Int.self, count: 1_000))
        XCTAssertGreaterThan(swift, 0, "the Swift estimate must not be 0")
        XCTAssertEqual(python / max(swift, 1), 4.5, accuracy: 1e-9,
                       "1,000 big ints: 36 bytes each in a Python list against 8 per Swift Int, a ratio of 4.5")
    }
}
