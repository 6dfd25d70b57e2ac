/// XCTest's failure descriptions in plain words, with expected and actual labelled.
///
/// The course's suites put the value under test first and the expected value second
/// (`XCTAssertEqual(stack.pop(), 1)`), as AUTHORING.md asks, so
/// `XCTAssertEqual failed: ("2") is not equal to ("1") - pop returns the last push` becomes
/// "pop returns the last push" / "expected: 1" / "actual:   2". Pure, so a table tests it; text it does
/// not recognise is passed on unchanged.
public enum AssertionWords {
    /// The grader's own module names, never shown: "Submission.Stopwatch" reads "Stopwatch".
    static let internalModules = ["Submission", "SubmissionLibrary", "HiddenTests"]

    /// Assertion, the words XCTest puts between the two values, and what the expected value is called.
    static let comparisons: [(assertion: String, middle: String, expected: String)] = [
        ("XCTAssertEqual", "is not equal to", ""),
        ("XCTAssertNotEqual", "is equal to", "anything but "),
        ("XCTAssertGreaterThanOrEqual", "is less than", "at least "),
        ("XCTAssertGreaterThan", "is not greater than", "more than "),
        ("XCTAssertLessThanOrEqual", "is greater than", "at most "),
        ("XCTAssertLessThan", "is not less than", "less than "),
        ("XCTAssertIdentical", "is not identical to", "the same instance as "),
        ("XCTAssertNotIdentical", "is identical to", "another instance than "),
    ]

    /// One failure, in plain words.
    public static func plain(_ description: String) -> String {
        var text = withoutInternalModules(description)
        if text.hasSuffix(" - ") { text.removeLast(3) }  // XCTest adds " - " before an empty message too
        if text.hasPrefix("failed - ") { return String(text.dropFirst("failed - ".count)) }  // XCTFail("…"): the message alone
        guard text.hasPrefix("XCTAssert") || text.hasPrefix("XCTUnwrap"),
              let failed = text.range(of: " failed") else { return withoutFailedDash(text) }
        let assertion = String(text[..<failed.lowerBound])
        let rest = text[failed.upperBound...]
        var note: Substring?
        var labelled: [String] = []
        if let comparison = comparisons.first(where: { $0.assertion == assertion }), rest.hasPrefix(": (\""),
           let separator = rest.range(of: "\") \(comparison.middle) (\"") {
            let actual = rest[rest.index(rest.startIndex, offsetBy: 4)..<separator.lowerBound]
            var expected = rest[separator.upperBound...]
            if let end = expected.range(of: "\") - ") {
                note = expected[end.upperBound...]
                expected = expected[..<end.lowerBound]
            } else if expected.hasSuffix("\")") {
                expected = expected.dropLast(2)
            }
            var accuracy = ""
            if let plusMinus = expected.range(of: "\") +/- (\"") {
                accuracy = " (± \(expected[plusMinus.upperBound...]))"
                expected = expected[..<plusMinus.lowerBound]
            }
            let (shownActual, shownExpected) = unwrappedPair(String(actual), String(expected))
            labelled = ["expected: \(comparison.expected)\(shownExpected)\(accuracy)", "actual:   \(shownActual)"]
        } else {
            var said = rest
            // The message follows the first " - " (after the quoted value, when there is one).
            let quotedValue = rest.hasPrefix(": \"") || rest.hasPrefix(": threw error \"")
            if let dash = rest.range(of: quotedValue ? "\" - " : " - ") {
                note = rest[dash.upperBound...]
                said = rest[..<(quotedValue ? rest.index(after: dash.lowerBound) : dash.lowerBound)]
            }
            switch assertion {
            case "XCTAssertNil" where said.hasPrefix(": \"") && said.hasSuffix("\""):
                labelled = ["expected: nil", "actual:   \(unwrapped(String(said.dropFirst(3).dropLast())))"]
            case "XCTAssertNotNil", "XCTUnwrap": labelled = ["expected: a value", "actual:   nil"]
            case "XCTAssertTrue", "XCTAssert": labelled = ["expected: true", "actual:   false"]
            case "XCTAssertFalse": labelled = ["expected: false", "actual:   true"]
            case "XCTAssertThrowsError" where said.hasPrefix(": did not throw"):
                labelled = ["expected: an error to be thrown", "actual:   no error was thrown"]
            case "XCTAssertNoThrow" where said.hasPrefix(": threw error "):
                labelled = ["expected: no error", "actual:   threw " + said.dropFirst(": threw error ".count)]
            default: break
            }
        }
        guard !labelled.isEmpty else { return withoutFailedDash(text) }
        let heading = note.map(String.init).flatMap { $0.isEmpty ? nil : $0 } ?? "\(assertion) failed"
        return ([heading] + labelled.map { "  " + $0 }).joined(separator: "\n")
    }

    /// XCTest's other "… failed - " prefixes: a wait that timed out in words, any other as "… failed: …".
    static func withoutFailedDash(_ text: String) -> String {
        let wait = "Asynchronous wait failed - Exceeded timeout of "
        if text.hasPrefix(wait), let with = text.range(of: ", with unfulfilled expectations: ") {
            let seconds = text[text.index(text.startIndex, offsetBy: wait.count)..<with.lowerBound]
            return "the wait ended after \(seconds) with expectations not fulfilled: \(text[with.upperBound...])"
        }
        guard let dash = text.range(of: " failed - ") else { return text }
        return text.replacingCharacters(in: dash, with: " failed: ")
    }

    /// Both sides without one `Optional(…)`, when both are optional (or `nil`): "2" and "1", not "Optional(2)".
    static func unwrappedPair(_ actual: String, _ expected: String) -> (String, String) {
        let optional = { (value: String) in value == "nil" || (value.hasPrefix("Optional(") && value.hasSuffix(")")) }
        guard optional(actual), optional(expected) else { return (actual, expected) }
        return (unwrapped(actual), unwrapped(expected))
    }

    static func unwrapped(_ value: String) -> String {
        value.hasPrefix("Optional(") && value.hasSuffix(")") ? String(value.dropFirst("Optional(".count).dropLast()) : value
    }

    /// Drops `Submission.` and the other internal module prefixes before a name.
    public static func withoutInternalModules(_ text: String) -> String {
        var result = text
        for module in internalModules {
            let prefix = module + "."
            var output = ""
            var rest = Substring(result)
            while let range = rest.range(of: prefix) {
                let before = rest[..<range.lowerBound]
                let isWordStart = before.last.map { !($0.isLetter || $0.isNumber || $0 == "_") } ?? true
                let nextIsName = rest[range.upperBound...].first.map { $0.isLetter || $0 == "_" } ?? false
                output += before
                if !(isWordStart && nextIsName) { output += prefix }
                rest = rest[range.upperBound...]
            }
            result = output + rest
        }
        return result
    }
}
