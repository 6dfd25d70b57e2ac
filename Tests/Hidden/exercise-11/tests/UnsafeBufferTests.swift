import XCTest
import CBytes

/// FNV-1a written in Swift, over a byte sequence: the expected answer, computed independently of C.
private func referenceFNV1a<S: Sequence>(_ bytes: S) -> UInt32 where S.Element == UInt8 {
    var h: UInt32 = 2_166_136_261
    for b in bytes {
        h ^= UInt32(b)
        h = h &* 16_777_619
    }
    return h
}

/// The xorshift32 byte stream of cb_fill, in Swift.
private func referenceStream(bytes: Int, seed: UInt32) -> [UInt8] {
    var x = seed == 0 ? 0x9E37_79B9 : seed
    var out: [UInt8] = []
    for _ in 0..<bytes {
        x ^= x << 13
        x ^= x >> 17
        x ^= x << 5
        out.append(UInt8(x & 0xFF))
    }
    return out
}

private func littleEndianBytes(_ words: [UInt32]) -> [UInt8] {
    words.flatMap { w in (0..<4).map { UInt8((w >> (8 * UInt32($0))) & 0xFF) } }
}

final class UnsafeBufferTests: XCTestCase {
    func testChecksumOfWordsCoversEveryByte() {
        let words: [UInt32] = [0x0403_0201, 0x0807_0605, 0xDEAD_BEEF]
        let expected = referenceFNV1a(littleEndianBytes(words))
        XCTAssertEqual(checksum(of: words), expected,
                       "cb_fnv1a must see all 12 bytes of the 3 words; passing words.count (3) would hash only 3 bytes. withUnsafeBytes' count is already in bytes")
    }

    func testChecksumOfAnEmptyArrayIsTheFNVOffsetBasis() {
        XCTAssertEqual(checksum(of: [UInt32]()), 2_166_136_261,
                       "hashing zero bytes returns FNV's starting value 2166136261")
    }

    func testChecksumOfTextUsesUTF8Bytes() {
        XCTAssertEqual(checksum(of: "hello"), referenceFNV1a(Array("hello".utf8)),
                       "the checksum of \"hello\" is FNV-1a over its 5 UTF-8 bytes")
        XCTAssertEqual(checksum(of: "héllo wörld"), referenceFNV1a(Array("héllo wörld".utf8)),
                       "\"héllo wörld\" is 13 UTF-8 bytes but 11 Characters: C needs the byte count (text.utf8.count), and no NUL terminator")
        XCTAssertEqual(checksum(of: ""), 2_166_136_261, "the empty string hashes zero bytes")
    }

    func testSeededWordsAreFilledEntirelyByC() {
        let words = seededWords(count: 6, seed: 12345)
        XCTAssertEqual(words.count, 6, "seededWords(count: 6, …) must return 6 words")
        XCTAssertEqual(littleEndianBytes(words), referenceStream(bytes: 24, seed: 12345),
                       "all 24 bytes (6 words × 4) must come from cb_fill; if only the first 6 bytes changed, the byte count passed to C was the element count")
    }

    func testSeededWordsWithCountZeroIsEmpty() {
        XCTAssertEqual(seededWords(count: 0, seed: 7), [], "count 0 gives an empty array")
    }

    func testTotalAddsEveryElement() {
        XCTAssertEqual(total(of: [1.5, 2.25, -0.75, 10]), 13.0, "cb_sum over 4 doubles: 1.5 + 2.25 - 0.75 + 10 = 13")
        XCTAssertEqual(total(of: []), 0, "the total of no numbers is 0")
    }

    func testTheWorkHappensInC() {
        let before = cb_calls()
        _ = checksum(of: [UInt32(1), 2, 3])
        _ = checksum(of: "abc")
        _ = seededWords(count: 3, seed: 1)
        _ = total(of: [1, 2, 3])
        XCTAssertGreaterThanOrEqual(cb_calls() - before, 4,
                                    "each of the four functions must call its CBytes function (cb_fnv1a, cb_fnv1a, cb_fill, cb_sum): the point is to lend Swift memory to C, not to redo the work in Swift")
    }
}
