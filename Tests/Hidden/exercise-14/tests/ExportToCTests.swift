import XCTest
import CDriver

/// Runs the C driver on `title` and returns (length reported, text copied out).
private func throughC(_ title: String?) -> (Int, String) {
    var out = [CChar](repeating: 0, count: 512)
    let n: Int
    if let title {
        n = title.withCString { driver_slugify($0, &out, out.count) }
    } else {
        n = driver_slugify(nil, &out, out.count)
    }
    let text = out.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    return (n, text)
}

final class ExportToCTests: XCTestCase {
    func testSlugifyFollowsTheRules() {
        XCTAssertEqual(slugify("Hello, World!"), "hello-world", "letters lowercased, \", \" and \"!\" become one dash, no trailing dash")
        XCTAssertEqual(slugify("  Swift 6.3 & C  "), "swift-6-3-c", "leading/trailing separators vanish; each inner run becomes one dash")
        XCTAssertEqual(slugify("Crème brûlée"), "cr-me-br-l-e", "non-ASCII characters are separators")
        XCTAssertEqual(slugify("!!!"), "", "nothing to keep gives the empty string")
        XCTAssertEqual(slugify("already-a-slug-42"), "already-a-slug-42", "a slug is its own slug")
    }

    func testOnlyASCIILettersAndDigitsAreKeptRightUpToTheirEnds() {
        XCTAssertEqual(slugify("@A[Z`a{z/0:9"), "a-z-a-z-0-9",
                       "A, Z, a, z, 0 and 9 are kept (the ends of each range count); @ [ ` { / : sit just outside those ranges and are separators")
        XCTAssertEqual(slugify("QUICK Brown fox 1990"), "quick-brown-fox-1990", "every uppercase ASCII letter is lowercased, digits stay")
    }

    func testExistingDashesAreSeparatorsToo() {
        XCTAssertEqual(slugify("a - b"), "a-b", "\" - \" is one run of separators, so it becomes a single dash")
        XCTAssertEqual(slugify("--x--"), "x", "dashes at the start and end vanish like any other separator")
        XCTAssertEqual(slugify("x_y.z"), "x-y-z", "underscores and dots are separators")
    }

    func testOnlyASCIIIsLowercasedNotUnicode() {
        XCTAssertEqual(slugify("\u{212A}elvin"), "elvin",
                       "U+212A KELVIN SIGN is not ASCII, so it is a separator; Swift's lowercased() would turn it into an ASCII \"k\". Lowercase A-Z yourself, byte by byte")
        XCTAssertEqual(slugify("\u{130}stanbul"), "stanbul",
                       "U+0130 (capital I with dot above) is not ASCII: a separator, even though lowercased() gives \"i\" plus a combining dot")
        XCTAssertEqual(slugify("\u{663}\u{664} items"), "items", "Arabic-Indic digits are digits to Unicode but not ASCII digits: separators")
        XCTAssertEqual(slugify("\u{FF21}BC"), "bc", "a fullwidth Ａ is not ASCII: separator")
    }

    func testTheCDriverGetsTheSlug() {
        let (n, text) = throughC("Hello, World!")
        XCTAssertEqual(text, "hello-world", "course_slugify must return a NUL-terminated copy of the slug that C can read")
        XCTAssertEqual(n, 11, "strlen of the returned string must be 11: the UTF-8 bytes and then a NUL, nothing more")
    }

    func testNonASCIIInputArrivesAsUTF8() {
        let (_, text) = throughC("Ünïcode Straße 2024")
        XCTAssertEqual(text, "n-code-stra-e-2024", "the C string is UTF-8: read it with String(cString:), then slugify")
    }

    func testAnEmptySlugIsAnEmptyStringNotNull() {
        let (n, text) = throughC("!!!")
        XCTAssertEqual(n, 0, "\"!!!\" slugifies to \"\": course_slugify must return an empty C string (a lone NUL), not NULL")
        XCTAssertEqual(text, "", "the driver reads an empty string")
    }

    func testTheReturnedStringEndsWithItsOwnNUL() {
        var out = [CChar](repeating: 0, count: 512)
        for length in 1...120 {
            // "A b-c d…": a title whose slug has exactly `length` bytes
            let letters: [Character] = (0..<length).map { (i: Int) -> Character in
                if i % 4 == 3 { return " " }
                let code: UInt8 = 65 + UInt8(i % 26)
                return Character(UnicodeScalar(code))
            }
            let title = String(letters) + "!"
            let expected = slugify(title)
            let n = driver_slugify_on_dirty_heap(title, &out, out.count)
            let text = out.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            if text != expected || n != expected.utf8.count {
                return XCTFail("for a \(expected.utf8.count)-byte slug, C read \(n) bytes: \"\(text.prefix(80))\" instead of \"\(expected)\". C reads a string up to its NUL, and fresh heap memory is not zero: write the terminating NUL yourself (strdup does)")
            }
        }
    }

    func testTheAllocationHasRoomForTheNUL() {
        for title in ["Mind The Gap, Boundary 24", "The Borrow Checker Is A Mentor, Not A Cop"] {
            let slack = driver_allocation_slack(title)
            XCTAssertGreaterThanOrEqual(slack, 0,
                                        "the memory returned for \"\(title)\" is \(-slack) byte(s) too small for the slug plus its NUL: allocate utf8.count + 1 bytes. Writing the NUL one byte past the end corrupts the heap, a crash that comes only sometimes")
        }
    }

    func testNullInGivesNullOut() {
        let (n, _) = throughC(nil)
        XCTAssertEqual(n, -1, "course_slugify(NULL) must return NULL (nil)")
    }

    func testTheCallerCanHoldTwoResultsAtOnce() {
        var a = [CChar](repeating: 0, count: 128)
        var b = [CChar](repeating: 0, count: 128)
        let status = driver_two_at_once("First Title", "Second one", &a, &b, 128)
        XCTAssertEqual(status, 0, "neither result may be NULL")
        let first = a.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let second = b.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        XCTAssertEqual(first, "first-title",
                       "the first result must still read \"first-title\" after a second call: each call must return its own new allocation, not a shared buffer that the next call overwrites")
        XCTAssertEqual(second, "second-one", "the second result is \"second-one\"")
    }

    func testReturnedStringsAreReallyFreed() {
        let title = String(repeating: "Swift and C ", count: 8) + "talk"   // 100 characters
        let growth = driver_heap_growth(title, 2000)
        XCTAssertLessThan(growth, 64 * 1024,
                          "2,000 round trips grew the C heap by \(growth) bytes (limit 65,536): course_string_free must actually free what course_slugify allocated")
    }

    func testFreeingNullIsHarmless() {
        XCTAssertEqual(driver_free_null(), 0, "course_string_free(NULL) must do nothing, like free(NULL)")
    }
}
