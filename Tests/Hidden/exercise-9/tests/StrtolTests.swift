import Testing
import Foundation

/// One input for parseLong, what strtol makes of it, and why: a parameterized test checks each on its own.
struct StrtolCase: Sendable, CustomTestStringConvertible {
    var text: String
    var base: Int32
    var expected: ParseOutcome
    var why: Comment

    init(_ text: String, base: Int32 = 10, _ expected: ParseOutcome, _ why: Comment) {
        self.text = text
        self.base = base
        self.expected = expected
        self.why = why
    }

    var testDescription: String { base == 10 ? text.debugDescription : "\(text.debugDescription) in base \(base)" }
}

/// Parses one case and expects its outcome, with the reason as the expectation's comment.
func check(_ strtolCase: StrtolCase) {
    let (text, base, expected) = (strtolCase.text, strtolCase.base, strtolCase.expected)
    #expect(parseLong(text, base: base) == expected, strtolCase.why)
}

@Suite struct StrtolTests {
    @Test("a plain number parses to its value", arguments: [
        StrtolCase("42", .value(42), "\"42\" is a whole integer: expected .value(42)"),
        StrtolCase("-17", .value(-17), "a leading minus sign is part of the number"),
        StrtolCase("0", .value(0), "\"0\" must give .value(0), not .invalid: zero is a real result"),
    ])
    func aPlainNumberParsesToItsValue(_ strtolCase: StrtolCase) { check(strtolCase) }

    @Test("leading whitespace is accepted like strtol does", arguments: [
        StrtolCase("  -17", .value(-17), "strtol skips leading whitespace, so \"  -17\" is -17"),
        StrtolCase("\t\n 42", .value(42), "strtol skips every kind of leading whitespace (tab and newline too), so \"\\t\\n 42\" is 42"),
        StrtolCase("+8", .value(8), "a leading plus sign is part of the number, as strtol reads it"),
    ])
    func leadingWhitespaceIsAcceptedLikeStrtolDoes(_ strtolCase: StrtolCase) { check(strtolCase) }

    @Test("trailing whitespace is left over, unlike Python's int", arguments: [
        StrtolCase("7\n", .invalid, "Python's int(\"7\\n\") forgives the newline, but strtol stops before it and it is left over: .invalid"),
        StrtolCase("-3\t", .invalid, "a trailing tab is left over too: .invalid"),
    ])
    func trailingWhitespaceIsLeftOverUnlikePythonsInt(_ strtolCase: StrtolCase) { check(strtolCase) }

    @Test("the base is passed through", arguments: [
        StrtolCase("ff", base: 16, .value(255), "\"ff\" in base 16 is 255"),
        StrtolCase("777", base: 8, .value(511), "\"777\" in base 8 is 511"),
        StrtolCase("102", base: 2, .invalid, "'2' is not a binary digit, so \"102\" in base 2 leaves \"2\" unparsed: .invalid"),
        StrtolCase("101", base: 2, .value(5), "\"101\" in base 2 is 5"),
        StrtolCase("z", base: 36, .value(35), "in base 36 the letter z is the digit 35"),
    ])
    func theBaseIsPassedThrough(_ strtolCase: StrtolCase) { check(strtolCase) }

    @Test("C prefix rules come from strtol", arguments: [
        StrtolCase("0x1f", base: 16, .value(31),
                   "strtol accepts an optional \"0x\" prefix in base 16, so \"0x1f\" is 31 (Swift's Int(_:radix:) would refuse it: call strtol)"),
        StrtolCase("0x10", base: 0, .value(16), "base 0 lets strtol pick the base from the prefix: \"0x10\" is hexadecimal 16"),
        StrtolCase("017", base: 0, .value(15), "base 0 reads a leading 0 as octal: \"017\" is 15"),
        StrtolCase("017", .value(17), "in base 10 a leading zero is just a zero: \"017\" is 17"),
    ])
    func cPrefixRulesComeFromStrtol(_ strtolCase: StrtolCase) { check(strtolCase) }

    @Test("text without digits is invalid", arguments: [
        StrtolCase("", .invalid, "the empty string has no digits: strtol returns 0 and end == start, which must be .invalid, not .value(0)"),
        StrtolCase("abc", .invalid, "\"abc\" has no digits: end == start, so .invalid"),
        StrtolCase("-", .invalid, "a lone minus sign has no digits: .invalid"),
        StrtolCase("   ", .invalid, "only whitespace has no digits: strtol gives end == start, so .invalid"),
    ])
    func textWithoutDigitsIsInvalid(_ strtolCase: StrtolCase) { check(strtolCase) }

    @Test("leftover characters after the number are invalid", arguments: [
        StrtolCase("12abc", .invalid, "strtol stops at 'a' and returns 12; the end pointer shows \"abc\" is left over, so the answer is .invalid"),
        StrtolCase("7 ", .invalid, "a trailing space is left over too: .invalid"),
        StrtolCase("3.5", .invalid, "strtol stops at '.', so \"3.5\" is not an integer: .invalid"),
    ])
    func leftoverCharactersAfterTheNumberAreInvalid(_ strtolCase: StrtolCase) { check(strtolCase) }

    @Test("numbers beyond Int are overflow", arguments: [
        StrtolCase("99999999999999999999", .overflow, "20 nines do not fit in Int: strtol sets errno = ERANGE, expected .overflow"),
        StrtolCase("-99999999999999999999", .overflow, "negative overflow is reported with ERANGE too: expected .overflow"),
        StrtolCase("9223372036854775808", .overflow, "Int.max + 1 does not fit: strtol clamps it to Int.max and sets ERANGE, expected .overflow"),
        StrtolCase("-9223372036854775809", .overflow, "Int.min - 1 does not fit either: expected .overflow"),
    ])
    func numbersBeyondIntAreOverflow(_ strtolCase: StrtolCase) { check(strtolCase) }

    @Test("leftovers win over overflow", arguments: [
        StrtolCase("99999999999999999999x", .invalid,
                   "\"99999999999999999999x\" is not one integer at all (the x is left over), so it is .invalid even though the digits overflowed: check the end pointer before errno"),
        StrtolCase("99999999999999999999 ", .invalid, "a trailing space after an overflowing number is still a leftover: .invalid"),
    ])
    func leftoversWinOverOverflow(_ strtolCase: StrtolCase) { check(strtolCase) }

    @Test("the extremes that do fit are values", arguments: [
        StrtolCase("9223372036854775807", .value(Int.max), "Int.max itself fits: strtol returns it WITHOUT setting errno"),
        StrtolCase("-9223372036854775808", .value(Int.min), "Int.min itself fits"),
    ])
    func theExtremesThatDoFitAreValues(_ strtolCase: StrtolCase) { check(strtolCase) }

    @Test func aStaleErrnoFromAnEarlierCallIsIgnored() {
        errno = ERANGE   // left behind by some earlier, unrelated failure
        #expect(parseLong("42") == .value(42),
                "errno was already ERANGE before the call; strtol does not clear it on success, so set errno = 0 before calling strtol")
        errno = ERANGE
        #expect(parseLong("9223372036854775807") == .value(Int.max),
                "with a stale ERANGE, Int.max must still be a value: only an errno set BY this call means overflow")
    }

    @Test func overflowIsStillSeenAfterASuccessfulCall() {
        #expect(parseLong("5") == .value(5), "a plain value first")
        #expect(parseLong("99999999999999999999") == .overflow,
                "then an overflow must be reported even though the previous call succeeded")
        #expect(parseLong("6") == .value(6), "and the next valid number must not inherit the overflow")
    }
}
