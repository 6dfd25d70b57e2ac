import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's parseTarget against the reference solution on targets nobody wrote down
/// (any mix of cases in the words, nan and inf as numbers, loads such as 1.001K, odd units, extra parts).
final class GeneratedParseTargetTests: XCTestCase {
    /// A word in a random mix of upper and lower case: "sUb", "aT", "rPs".
    static func anyCase(_ word: String) -> Gen<String> {
        Gen<Bool>.bool.array(count: word.count).map { flips in
            String(zip(word, flips).map { letter, upper in upper ? Character(letter.uppercased()) : letter })
        }
    }

    /// Plain decimals as people write them (whole, a few decimals, leading zeros), and nan/inf/zero/negatives.
    static let number = Gen<String>.frequency([
        (4, Gen.int(in: 1...999).map { "\($0)" }),
        (3, zip(Gen.int(in: 0...99), Gen.int(in: 1...999_999)).map { "\($0).\($1)" }),
        (2, zip(Gen.int(in: 0...9), Gen.element(of: ["5", "25", "001", "003", "0005", "1", "000123", "999", "50", "0"])).map { "\($0).\($1)" }),
        (1, Gen.element(of: ["0", "nan", "NaN", "inf", "infinity", "-5", "0.0", "100", "100.0", "100.1", "1,5",
                             "9223372036854775808", "1e3", "\u{0}5"])),
    ])

    /// Percentiles: the usual ones, the bounds, and numbers no range check written as a rejection catches (nan).
    static let percentile = Gen<String>.frequency([
        (3, Gen.element(of: ["99", "99.9", "50", "100", "100.0", "100.1", "0", "nan", "NaN", "inf", "-1", "0.001"])),
        (2, number),
    ])

    static let targets: Gen<String> = zip(
        zip(Gen.frequency([(2, Gen.constant("")), (2, anyCase("sub").map { $0 + "-" })]), number,
            Gen.frequency([(6, Gen.element(of: ["ms", "µs", "μs", "us", "s"])), (1, Gen.element(of: ["", "MS", "Ms", "ns", "m", "µ\u{301}s", "US"]))])),
        zip(Gen.frequency([(6, anyCase("p")), (1, Gen.element(of: ["", "Q"]))]), percentile),
        zip(Gen.frequency([(6, anyCase("at")), (1, Gen.element(of: ["@", "in"]))]), number,
            Gen.frequency([(6, Gen.element(of: ["", "K", "k", "M", "m"])), (1, Gen.element(of: ["G", "KK", "k\u{301}"]))])),
        zip(Gen.frequency([(6, anyCase("rps")), (1, Gen.element(of: ["QPS", "RPS extra", ""]))]),
            Gen.frequency([(8, Gen.constant(" ")), (1, Gen.element(of: ["  ", "\t"]))]))
    ).map { latency, percentile, load, tail in
        let parts = [latency.0 + latency.1 + latency.2, percentile.0 + percentile.1, load.0, load.1 + load.2, tail.0]
        return parts.joined(separator: tail.1)
    }

    /// Whatever the target text, the learner's parseTarget gives what the reference's gives (nil included).
    func testParseTargetAgreesWithTheReferenceOnGeneratedTargets() {
        forAll(Self.targets, cases: 200) { text in
            courseSame(Submission.parseTarget(text) as Any, Reference.parseTarget(text) as Any,
                       "parseTarget(\(courseDescribe(text)))")
        }
    }
}
