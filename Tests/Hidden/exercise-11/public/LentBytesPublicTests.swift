import XCTest
import CBytes

final class LentBytesPublicTests: XCTestCase {
    /// "héllo" is 5 Characters but 6 UTF-8 bytes: C is told 6.
    func testTextIsHandedToCAsItsUTF8Bytes() {
        let callsBefore = cb_calls()
        let viaText = checksum(of: "héllo")
        XCTAssertEqual(cb_calls() - callsBefore, 1, "checksum(of:) must make exactly one C call")
        XCTAssertEqual(cb_last_length(), 6, "C needs the byte count of \"héllo\" (6), not its Character count (5)")
        XCTAssertEqual(viaText, checksum(ofBytes: Array("héllo".utf8)), "the text's checksum is the checksum of its UTF-8 bytes")
    }

    /// `seededWords(count:seed:)` gives `count` words and asks C for 4 bytes per word.
    func testSeededWordsAsksCForFourBytesAWord() {
        let words = seededWords(count: 3, seed: 7)
        XCTAssertEqual(words.count, 3, "three words were asked for")
        XCTAssertEqual(cb_last_length(), 12, "cb_fill takes a BYTE count: 3 words are 12 bytes")
    }

    /// `total(of:)` is C's sum of the elements.
    func testTotalAddsTheElementsInC() {
        XCTAssertEqual(total(of: [1.5, 2.5, 4]), 8, "1.5 + 2.5 + 4 is 8")
        XCTAssertEqual(cb_last_length(), 3, "cb_sum takes an ELEMENT count: 3")
    }
}
