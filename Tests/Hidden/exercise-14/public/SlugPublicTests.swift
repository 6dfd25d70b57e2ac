import XCTest
import CDriver

final class SlugPublicTests: XCTestCase {
    /// Letters are lowercased and every run of other characters becomes one dash.
    func testSlugifyLowercasesAndJoinsWithDashes() {
        XCTAssertEqual(slugify("Tea & Cake"), "tea-cake", "\" & \" is one run of separators: one dash")
        XCTAssertEqual(slugify("Rust 2024"), "rust-2024", "digits are kept")
    }

    /// A C caller gets the slug back through `course_slugify` and frees it.
    func testACCallerGetsTheSlug() {
        var out = [CChar](repeating: 0, count: 64)
        let length = "Big News!".withCString { driver_slugify($0, &out, out.count) }
        XCTAssertEqual(length, 8, "C reads \"big-news\": 8 bytes before the NUL")
        XCTAssertEqual(out.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }, "big-news", "C reads the slug")
    }
}
