import XCTest

final class ValueCostPublicTests: XCTestCase {
    /// 1,000 `Int?` need 16,000 bytes: elements sit one stride (16), not one size (9), apart.
    func testOptionalIntsPayTheirStride() {
        XCTAssertEqual(arrayStorageBytes(of: Int?.self, count: 1_000), 16_000, "stride 16 × 1,000")
        XCTAssertEqual(trailingPadding(of: Int?.self), 7, "stride 16 − size 9")
    }

    /// sys.getsizeof(10**6) is 28: a 24-byte header and one 30-bit digit.
    func testAPythonIntOfOneDigitIsTwentyEightBytes() {
        XCTAssertEqual(pythonIntObjectBytes(1_000_000), 28, "10**6 fits in one 30-bit digit")
    }

    /// `[0] * 1000` costs only its 1,000 slots: 0 is a shared small int.
    func testAListOfSmallIntsCostsOnlyItsSlots() {
        XCTAssertEqual(pythonIntListBytes(Array(repeating: 0, count: 1_000)), 8_000, "8 bytes per slot, no int objects")
    }
}
