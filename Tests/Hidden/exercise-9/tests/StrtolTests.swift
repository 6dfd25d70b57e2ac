import XCTest
import Foundation

final class StrtolTests: XCTestCase {
    func testAPlainNumberParsesToItsValue() {
        XCTAssertEqual(parseLong("42"), .value(42), "\"42\" is a whole integer: expected .value(42)")
        XCTAssertEqual(parseLong("-17"), .value(-17), "a leading minus sign is part of the number")
        XCTAssertEqual(parseLong("0"), .value(0), "\"0\" must give .value(0), not .invalid: zero is a real result")
    }

    func testLeadingWhitespaceIsAcceptedLikeStrtolDoes() {
        XCTAssertEqual(parseLong("  -17"), .value(-17), "strtol skips leading whitespace, so \"  -17\" is -17")
        XCTAssertEqual(parseLong("\t\n 42"), .value(42), "strtol skips every kind of leading whitespace (tab and newline too), so \"\\t\\n 42\" is 42")
        XCTAssertEqual(parseLong("+8"), .value(8), "a leading plus sign is part of the number, as strtol reads it")
    }

    func testTrailingWhitespaceIsLeftOverUnlikePythonsInt() {
        XCTAssertEqual(parseLong("7\n"), .invalid, "Python's int(\"7\\n\") forgives the newline, but strtol stops before it and it is left over: .invalid")
        XCTAssertEqual(parseLong("-3\t"), .invalid, "a trailing tab is left over too: .invalid")
    }

    func testTheBaseIsPassedThrough() {
        XCTAssertEqual(parseLong("ff", base: 16), .value(255), "\"ff\" in base 16 is 255")
        XCTAssertEqual(parseLong("777", base: 8), .value(511), "\"777\" in base 8 is 511")
        XCTAssertEqual(parseLong("102", base: 2), .invalid, "'2' is not a binary digit, so \"102\" in base 2 leaves \"2\" unparsed: .invalid")
        XCTAssertEqual(parseLong("101", base: 2), .value(5), "\"101\" in base 2 is 5")
        XCTAssertEqual(parseLong("z", base: 36), .value(35), "in base 36 the letter z is the digit 35")
    }

    func testCPrefixRulesComeFromStrtol() {
        XCTAssertEqual(parseLong("0x1f", base: 16), .value(31), "strtol accepts an optional \"0x\" prefix in base 16, so \"0x1f\" is 31 (Swift's Int(_:radix:) would refuse it: call strtol)")
        XCTAssertEqual(parseLong("0x10", base: 0), .value(16), "base 0 lets strtol pick the base from the prefix: \"0x10\" is hexadecimal 16")
        XCTAssertEqual(parseLong("017", base: 0), .value(15), "base 0 reads a leading 0 as octal: \"017\" is 15")
        XCTAssertEqual(parseLong("017"), .value(17), "in base 10 a leading zero is just a zero: \"017\" is 17")
    }

    func testTextWithoutDigitsIsInvalid() {
        XCTAssertEqual(parseLong(""), .invalid, "the empty string has no digits: strtol returns 0 and end == start, which must be .invalid, not .value(0)")
        XCTAssertEqual(parseLong("abc"), .invalid, "\"abc\" has no digits: end == start, so .invalid")
        XCTAssertEqual(parseLong("-"), .invalid, "a lone minus sign has no digits: .invalid")
        XCTAssertEqual(parseLong("   "), .invalid, "only whitespace has no digits: strtol gives end == start, so .invalid")
    }

    func testLeftoverCharactersAfterTheNumberAreInvalid() {
        XCTAssertEqual(parseLong("12abc"), .invalid, "strtol stops at 'a' and returns 12; the end pointer shows \"abc\" is left over, so the answer is .invalid")
        XCTAssertEqual(parseLong("7 "), .invalid, "a trailing space is left over too: .invalid")
        XCTAssertEqual(parseLong("3.5"), .invalid, "strtol stops at '.', so \"3.5\" is not an integer: .invalid")
    }

    func testNumbersBeyondIntAreOverflow() {
        XCTAssertEqual(parseLong("99999999999999999999"), .overflow, "20 nines do not fit in Int: strtol sets errno = ERANGE, expected .overflow")
        XCTAssertEqual(parseLong("-99999999999999999999"), .overflow, "negative overflow is reported with ERANGE too: expected .overflow")
    }

    func testOneBeyondTheExtremesIsOverflow() {
        XCTAssertEqual(parseLong("9223372036854775808"), .overflow, "Int.max + 1 does not fit: strtol clamps it to Int.max and sets ERANGE, expected .overflow")
        XCTAssertEqual(parseLong("-9223372036854775809"), .overflow, "Int.min - 1 does not fit either: expected .overflow")
    }

    func testLeftoversWinOverOverflow() {
        XCTAssertEqual(parseLong("99999999999999999999x"), .invalid, "\"99999999999999999999x\" is not one integer at all (the x is left over), so it is .invalid even though the digits overflowed: check the end pointer before errno")
        XCTAssertEqual(parseLong("99999999999999999999 "), .invalid, "a trailing space after an overflowing number is still a leftover: .invalid")
    }

    func testTheExtremesThatDoFitAreValues() {
        XCTAssertEqual(parseLong("9223372036854775807"), .value(Int.max), "Int.max itself fits: strtol returns it WITHOUT setting errno")
        XCTAssertEqual(parseLong("-9223372036854775808"), .value(Int.min), "Int.min itself fits")
    }

    func testAStaleErrnoFromAnEarlierCallIsIgnored() {
        errno = ERANGE   // left behind by some earlier, unrelated failure
        XCTAssertEqual(parseLong("42"), .value(42), "errno was already ERANGE before the call; strtol does not clear it on success, so set errno = 0 before calling strtol")
        errno = ERANGE
        XCTAssertEqual(parseLong("9223372036854775807"), .value(Int.max), "with a stale ERANGE, Int.max must still be a value: only an errno set BY this call means overflow")
    }

    func testOverflowIsStillSeenAfterASuccessfulCall() {
        XCTAssertEqual(parseLong("5"), .value(5), "a plain value first")
        XCTAssertEqual(parseLong("99999999999999999999"), .overflow, "then an overflow must be reported even though the previous call succeeded")
        XCTAssertEqual(parseLong("6"), .value(6), "and the next valid number must not inherit the overflow")
    }
}
