import Testing

@Suite struct ParseCountTests {
    @Test("reads whole numbers", arguments: [("0", 0), ("7", 7), ("42", 42)])
    func readsWholeNumbers(text: String, count: Int) throws {
        let parsed = try parseCount(text)
        #expect(parsed == count, "the count written in the text")
    }

    @Test func emptyTextIsAnError() {
        #expect(throws: ParseError.empty) { try parseCount("") }
    }

    @Test(arguments: ["4x", "-3", "seven"])
    func rejectsWhatIsNotACount(text: String) {
        #expect(throws: ParseError.notANumber) { try parseCount(text) }
    }
}
