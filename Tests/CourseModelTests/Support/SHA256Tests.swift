import CourseModel
import CourseTestSupport
import Foundation
import XCTest

final class SHA256Tests: XCTestCase {
    private func hex(_ text: String) -> String { SHA256.hex(Data(text.utf8)) }

    func testKnownVectors() {
        XCTAssertEqual(hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(hex("The quick brown fox jumps over the lazy dog"),
                       "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592")
        XCTAssertEqual(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func testTwoHundredBytes() {
        let bytes = Data((0..<200).map { UInt8($0 % 251) })
        XCTAssertEqual(SHA256.hex(bytes), "1901da1c9f699b48f6b2636e65cbf73abf99d0441ef67f5c540a42f7051dec6f")
    }

    /// Lengths around the 56- and 64-byte padding boundaries.
    func testPaddingBoundaries() {
        let expected: [Int: String] = [
            55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            63: "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
            64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
            65: "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0",
            119: "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb",
            120: "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c",
            128: "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e",
        ]
        for (length, digest) in expected.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(hex(String(repeating: "a", count: length)), digest, "length \(length)")
        }
    }

    func testIncrementalUpdatesMatchOneShot() {
        let bytes = (0..<200).map { UInt8($0 % 251) }
        for split in [0, 1, 55, 63, 64, 65, 128, 199, 200] {
            var hasher = SHA256()
            hasher.update(bytes[..<split])
            hasher.update(bytes[split...])
            XCTAssertEqual(hasher.hexDigest(), "1901da1c9f699b48f6b2636e65cbf73abf99d0441ef67f5c540a42f7051dec6f", "split at \(split)")
        }
    }

    func testDigestDoesNotConsumeTheHasher() {
        var hasher = SHA256()
        hasher.update(Array("ab".utf8))
        _ = hasher.hexDigest()
        hasher.update(Array("c".utf8))
        XCTAssertEqual(hasher.hexDigest(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testFieldsAreSeparated() {
        var one = SHA256(), two = SHA256()
        one.update(field: "ab"); one.update(field: "c")
        two.update(field: "a"); two.update(field: "bc")
        XCTAssertNotEqual(one.hexDigest(), two.hexDigest())
        XCTAssertEqual(one.hexDigest(), "629c2f14f654f026086f2aefe1855533d0897f49df86a19073be17b237361b09", "sha256 of \"ab\\0c\\0\"")
    }

    func testDigestIsSixtyFourLowercaseHexDigits() {
        let digest = hex("format check")
        XCTAssertEqual(digest.count, 64)
        XCTAssertTrue(digest.allSatisfy { "0123456789abcdef".contains($0) }, digest)
    }
}
