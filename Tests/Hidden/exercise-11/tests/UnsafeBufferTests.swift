import XCTest
import CBytes
import Foundation

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
    var bytes: [UInt8] = []
    for word in words {
        for shift: UInt32 in [0, 8, 16, 24] { bytes.append(UInt8(truncatingIfNeeded: word >> shift)) }
    }
    return bytes
}

/// Bytes that are lent only for the duration of `withUnsafeBytes`, like memory a
/// C library or a memory-mapped file lends you. Each loan gets a fresh buffer
/// that is overwritten with 0xA5 the moment the closure returns, and the loan
/// notes how many CBytes calls had happened when it began and when it ended.
private final class ShortLivedBytes: ContiguousBytes {
    let bytes: [UInt8]
    private(set) var loans = 0
    private(set) var lentBase: UnsafeRawPointer?
    private(set) var cCallsWhenLoanBegan: UInt = 0
    private(set) var cCallsWhenLoanEnded: UInt = 0
    private var buffers: [UnsafeMutableRawBufferPointer] = []

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        buffers.append(buffer)
        buffer.copyBytes(from: bytes)
        loans += 1
        lentBase = UnsafeRawPointer(buffer.baseAddress)
        cCallsWhenLoanBegan = UInt(cb_calls())
        defer {
            cCallsWhenLoanEnded = UInt(cb_calls())
            buffer.initializeMemory(as: UInt8.self, repeating: 0xA5)   // the loan is over
        }
        return try body(UnsafeRawBufferPointer(start: buffer.baseAddress, count: bytes.count))
    }

    deinit { buffers.forEach { $0.deallocate() } }
}

final class UnsafeBufferTests: XCTestCase {
    func testChecksumOfWordsCoversEveryByte() {
        let words: [UInt32] = [0x0403_0201, 0x0807_0605, 0xDEAD_BEEF]
        let expected = referenceFNV1a(littleEndianBytes(words))
        XCTAssertEqual(checksum(of: words), expected,
                       "cb_fnv1a must see all 12 bytes of the 3 words; passing words.count (3) would hash only 3 bytes. withUnsafeBytes' count is already in bytes")
    }

    func testChecksumOfWordsLendsTheArraysOwnTwelveBytes() {
        let words: [UInt32] = [7, 8, 9]
        _ = checksum(of: words)
        XCTAssertEqual(cb_last_length(), 12, "cb_fnv1a must be told 12 bytes for 3 words: not 3 (the element count), not 13")
        let storage = words.withUnsafeBytes { UnsafeRawPointer($0.baseAddress) }
        XCTAssertEqual(cb_last_pointer(), storage,
                       "cb_fnv1a must receive a pointer to the array's own storage (withUnsafeBytes lends it without copying), not to a copy of the bytes")
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

    func testChecksumOfTextTellsCTheUTF8ByteCount() {
        _ = checksum(of: "naïve café")
        XCTAssertEqual(cb_last_length(), 12,
                       "\"naïve café\" is 10 Characters but 12 UTF-8 bytes: cb_fnv1a must be told 12, without a NUL terminator")
        let long = String(repeating: "ü", count: 20)
        var probe = long
        let storage = probe.withUTF8 { UnsafeRawPointer($0.baseAddress) }
        _ = checksum(of: long)
        XCTAssertEqual(cb_last_length(), 40, "20 × \"ü\" is 40 UTF-8 bytes")
        XCTAssertEqual(cb_last_pointer(), storage,
                       "a long native String keeps its UTF-8 bytes in one buffer, and withUTF8 (or withCString) lends that buffer itself: C must read it there, not from a copy such as Array(text.utf8)")
    }

    func testChecksumOfLentBytesHashesExactlyThoseBytes() {
        let plain: [UInt8] = Array("lent, not given".utf8) + [0, 1, 2, 255]
        XCTAssertEqual(checksum(ofBytes: plain), referenceFNV1a(plain),
                       "checksum(ofBytes:) of a [UInt8] is FNV-1a over exactly its bytes, zero bytes included")
        XCTAssertEqual(checksum(ofBytes: Data([9, 8, 7])), referenceFNV1a([9, 8, 7] as [UInt8]),
                       "Data is ContiguousBytes too: the checksum of Data([9, 8, 7]) covers its 3 bytes")
        XCTAssertEqual(checksum(ofBytes: [UInt8]()), 2_166_136_261, "no bytes at all give FNV's starting value 2166136261")
    }

    func testLentBytesAreHandedToCInsideTheLoan() {
        let bytes: [UInt8] = Array(0..<200).map { UInt8($0) }   // contains no 0xA5
        let source = ShortLivedBytes(bytes)
        let result = checksum(ofBytes: source)
        let callsAfter = UInt(cb_calls())
        XCTAssertGreaterThanOrEqual(source.loans, 1, "checksum(ofBytes:) must ask the source for its bytes with withUnsafeBytes")
        XCTAssertGreaterThan(source.cCallsWhenLoanEnded, source.cCallsWhenLoanBegan,
                             "cb_fnv1a must be called INSIDE the closure passed to withUnsafeBytes, while the bytes are lent to you")
        XCTAssertEqual(callsAfter, source.cCallsWhenLoanEnded,
                       "C was called after the loan had ended: a pointer taken out of withUnsafeBytes (`let raw = source.withUnsafeBytes { $0 }`) points at memory its owner has already reused, and copying the bytes first defeats the point. Call cb_fnv1a inside the closure")
        XCTAssertEqual(result, referenceFNV1a(bytes),
                       "the checksum must be over the 200 lent bytes; a different value means C read the memory after the loan ended (it was overwritten with 0xA5 by then)")
        XCTAssertEqual(cb_last_pointer(), source.lentBase,
                       "C must read the lent memory itself, not a copy of it")
        XCTAssertEqual(cb_last_length(), 200, "and be told its exact length, 200 bytes")
    }

    func testSeededWordsAreFilledEntirelyByC() {
        let words = seededWords(count: 6, seed: 12345)
        XCTAssertEqual(words.count, 6, "seededWords(count: 6, …) must return 6 words")
        XCTAssertEqual(littleEndianBytes(words), referenceStream(bytes: 24, seed: 12345),
                       "all 24 bytes (6 words × 4) must come from cb_fill; if only the first 6 bytes changed, the byte count passed to C was the element count")
    }

    func testSeededWordsAsksCForExactlyFourBytesPerWord() {
        let words = seededWords(count: 5, seed: 99)
        XCTAssertEqual(words.count, 5, "seededWords(count: 5, …) must return 5 words")
        XCTAssertEqual(cb_last_length(), 20,
                       "cb_fill must be told 20 bytes for 5 words: fewer leaves words unfilled, and even one byte more writes past the end of the array's storage (a heap overflow that crashes only sometimes)")
        XCTAssertEqual(littleEndianBytes(words), referenceStream(bytes: 20, seed: 99), "all 20 bytes come from cb_fill with seed 99")
    }

    func testSeededWordsWithCountZeroIsEmpty() {
        XCTAssertEqual(seededWords(count: 0, seed: 7), [], "count 0 gives an empty array")
    }

    func testTotalAddsEveryElement() {
        XCTAssertEqual(total(of: [1.5, 2.25, -0.75, 10]), 13.0, "cb_sum over 4 doubles: 1.5 + 2.25 - 0.75 + 10 = 13")
        XCTAssertEqual(total(of: []), 0, "the total of no numbers is 0")
    }

    func testTotalTellsCTheElementCountOfTheArraysOwnStorage() {
        let xs: [Double] = [0.5, 0.25, 0.125, 4, 8, 16, 32]
        XCTAssertEqual(total(of: xs), 60.875, "cb_sum over 7 doubles is 60.875")
        XCTAssertEqual(cb_last_length(), 7,
                       "cb_sum takes an ELEMENT count: 7 doubles, not 56 bytes (C would read 8 times past the end of the array)")
        let storage = xs.withUnsafeBytes { UnsafeRawPointer($0.baseAddress) }
        XCTAssertEqual(cb_last_pointer(), storage, "cb_sum must read the array's own storage, not a copy of it")
    }

    func testTheWorkHappensInC() {
        let before = cb_calls()
        _ = checksum(of: [UInt32(1), 2, 3])
        _ = checksum(of: "abc")
        _ = seededWords(count: 3, seed: 1)
        _ = checksum(ofBytes: [UInt8](repeating: 1, count: 3))
        _ = total(of: [1, 2, 3])
        XCTAssertGreaterThanOrEqual(cb_calls() - before, 5,
                                    "each of the five functions must call its CBytes function (cb_fnv1a three times, cb_fill, cb_sum): the point is to lend Swift memory to C, not to redo the work in Swift")
    }
}
