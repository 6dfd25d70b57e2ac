import Testing

@Suite struct ParseLongPublicTests {
    /// A whole integer is a value, and strtol's leading whitespace is fine: "  -17" is -17.
    @Test("a whole integer is its value") func wholeIntegerIsItsValue() {
        #expect(parseLong("42") == .value(42), "\"42\" is one whole integer")
        #expect(parseLong("  -17") == .value(-17), "strtol skips leading whitespace")
    }

    /// Anything left over makes the text invalid: "12abc" is not one integer.
    @Test("leftovers make the text invalid") func leftoversAreInvalid() {
        #expect(parseLong("12abc") == .invalid, "\"abc\" is left over after 12")
        #expect(parseLong("7") == .value(7), "\"7\" alone is a value")
    }

    /// Python builds a huge int for "99999999999999999999"; strtol reports ERANGE: overflow.
    @Test("a number beyond Int is overflow") func numberBeyondIntIsOverflow() {
        #expect(parseLong("99999999999999999999") == .overflow, "the whole text is one integer that does not fit in an Int")
    }

    /// In base 16 the "0x" prefix is allowed, as in C.
    @Test("base 16 takes C's 0x prefix") func base16TakesThePrefix() {
        #expect(parseLong("0x1f", base: 16) == .value(31), "0x1f in base 16 is 31")
    }
}
