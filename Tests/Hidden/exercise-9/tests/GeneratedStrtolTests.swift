import CourseHarness
@testable import Reference
import Foundation
import XCTest

/// Generated cases: parseLong against the reference on texts nobody wrote down (C and Unicode whitespace,
/// "\r\n", signs, base prefixes, long digit runs, embedded NUL, non-ASCII digits, leftovers) and on runs of
/// calls with a stale errno between them.
final class GeneratedStrtolTests: XCTestCase {
    /// Leading text: nothing, C's whitespace (one byte each, "\r\n" one Character of two), Unicode spaces.
    static let leading = Gen<String>.frequency([
        (4, .constant("")),
        (4, Gen.element(of: [" ", "\t", "\n", "\r\n", "\u{B}", "\u{C}", "\r", "  \t "]).array(maxCount: 3).map { $0.joined() }),
        (2, Gen.element(of: ["\u{A0}", "\u{2003}", "\u{3000}", "\u{2009}", "\r\n\u{A0}", "\u{FEFF}"])),
        (1, Gen.int(in: 50...2000).map { String(repeating: " ", count: $0) }),
    ])

    /// Digits of every base (both cases), the extremes of Int and one past them, long runs, non-ASCII digits.
    static let digits = Gen<String>.frequency([
        (5, Gen.string(of: Gen.element(of: Array("0123456789abcdefABCDEFxzZ")), maxCount: 24)),
        (2, Gen.element(of: ["0", "9223372036854775807", "9223372036854775808", "99999999999999999999",
                             "7fffffffffffffff", "8000000000000000", "ffffffffffffffffff", "1zzzzzzzzzzzz",
                             "111111111111111111111111111111111111111111111111111111111111111", "٤٢", "４２", "1٢"])),
        (1, Gen.int(in: 1...3000).map { String(repeating: "0", count: $0) + "42" }),
        (2, Gen.int.map { String($0.magnitude) }),
    ])

    /// Whatever follows the number: nothing, a leftover, trailing whitespace, or an embedded NUL.
    static let trailing = Gen<String>.frequency([
        (6, .constant("")),
        (3, Gen.element(of: [" ", "\n", "x", ".5", "é", "\u{0}", "\u{0}abc", "\u{0}99999999999999999999", "-", "0x", "😀", "\u{A0}"])),
    ])

    /// A whole input: leading text, a sign, an optional C prefix, digits, trailing text; a base C accepts;
    /// and whether a stale errno is left lying around before the call.
    static let signs: Gen<String> = Gen.element(of: ["", "-", "+", "--", "+-"])
    static let prefixes: Gen<String> = Gen.element(of: ["", "", "0x", "0X", "0", "0b"])
    static let texts: Gen<String> = zip(leading, signs, prefixes, digits).map { (parts: (String, String, String, String)) -> String in
        parts.0 + parts.1 + parts.2 + parts.3
    }
    static let bases: Gen<Int32> = Gen<Int32>.frequency([
        (3, Gen<Int32>.constant(10)),
        (2, Gen<Int32>.element(of: [16, 0, 8, 2, 36])),
        (1, Gen.int(in: 2...36).map { (base: Int) -> Int32 in Int32(base) }),
    ])
    static let staleErrnos: Gen<Int32> = Gen<Int32>.element(of: [0, ERANGE, EINVAL])
    static let inputs = zip(texts, trailing, bases, staleErrnos)
        .map { (parts: (String, String, Int32, Int32)) -> (text: String, base: Int32, staleErrno: Int32) in
            (text: parts.0 + parts.1, base: parts.2, staleErrno: parts.3)
        }

    /// Every outcome agrees with the reference's, whatever the text, the base and a stale errno.
    func testParseLongAgreesWithTheReferenceOnGeneratedTexts() {
        forAll(Self.inputs) { input in
            errno = input.staleErrno
            let learner = Submission.parseLong(input.text, base: input.base)
            errno = input.staleErrno
            let reference = Reference.parseLong(input.text, base: input.base)
            return courseSame(learner as Any, reference as Any,
                              "parseLong(\(courseDescribe(input.text)), base: \(input.base)) with errno = \(input.staleErrno) before the call")
        }
    }

    /// A run of calls in a row (overflows, values, leftovers mixed) gives each call the reference's outcome:
    /// nothing carries over from one call to the next.
    func testParseLongAgreesWithTheReferenceCallAfterCall() {
        forAll(Self.inputs.array(maxCount: 12), cases: 80) { calls in
            var learnerOutcomes: [Submission.ParseOutcome] = []
            for call in calls { learnerOutcomes.append(Submission.parseLong(call.text, base: call.base)) }
            let referenceOutcomes = calls.map { Reference.parseLong($0.text, base: $0.base) }
            return courseSame(learnerOutcomes as Any, referenceOutcomes as Any,
                              "the calls " + calls.map { "parseLong(\(courseDescribe($0.text)), base: \($0.base))" }.joined(separator: "; "))
        }
    }
}
