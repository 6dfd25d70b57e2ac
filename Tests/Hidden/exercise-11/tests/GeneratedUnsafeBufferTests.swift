import CourseHarness
@testable import Reference
import CBytes
import Foundation
import XCTest

/// Generated cases: the five glue functions against the reference on inputs nobody wrote down (text with
/// NUL, emoji and combining marks, one-element and long arrays, -0.0, NaN, infinities and subnormals, seed
/// 0 and large counts, lent bytes of several kinds), checking after every call that C was told the exact
/// length in its own unit.
final class GeneratedUnsafeBufferTests: XCTestCase {
    /// What C was told by the learner's call, or why it was not called: nil when it was called with `length`.
    private static func cWasTold(_ length: Int, callsBefore: UInt, _ call: () -> String) -> String? {
        if UInt(cb_calls()) == callsBefore { return "\(call()) never called C (cb_calls() did not change): make the C call for every input" }
        if cb_last_length() != length { return "\(call()) told C a length of \(cb_last_length()), expected \(length)" }
        return nil
    }

    static let words = Gen<[UInt32]>.frequency([
        (3, Gen.int(in: 0...Int(UInt32.max)).map { UInt32($0) }.array(maxCount: 40)),
        (1, Gen.element(of: [0, 1, UInt32.max, 0x8000_0000]).array(in: 1...3)),
        (1, Gen.int(in: 0...255).map { UInt32($0) }.array(in: 200...600)),
    ])

    /// checksum(of: words) is the reference's hash, and C was told 4 bytes per word from the array's own storage.
    func testChecksumOfWordsAgreesWithTheReferenceAndTellsCTheByteCount() {
        forAll(Self.words, cases: 120) { words in
            let call = { "checksum(of: \(courseDescribe(words)) as [UInt32])" }
            let before = UInt(cb_calls())
            let learner = Submission.checksum(of: words)
            if let problem = Self.cWasTold(words.count * 4, callsBefore: before, call) { return problem }
            if !words.isEmpty, cb_last_pointer() != words.withUnsafeBytes({ UnsafeRawPointer($0.baseAddress) }) {
                return "\(call()) lent C a pointer that is not the array's own storage (a copy?)"
            }
            let expected = Reference.checksum(of: words)
            return learner == expected ? nil : courseSame(learner as Any, expected as Any, call())
        }
    }

    /// checksum(of: text) hashes every UTF-8 byte (embedded NUL, emoji, combining marks, long text) and tells C
    /// the UTF-8 byte count.
    func testChecksumOfTextAgreesWithTheReferenceOnAnyText() {
        let texts = Gen<String>.frequency([(4, .string), (1, Gen.element(of: ["a\u{0}b", "\u{0}", "\u{0}\u{0}x", "e\u{301}", "👨‍👩‍👧"])),
                                           (1, Gen.string.map { $0 + "\u{0}" + $0 })])
        forAll(texts, cases: 150) { text in
            let call = { "checksum(of: \(courseDescribe(text)) as String)" }
            let before = UInt(cb_calls())
            let learner = Submission.checksum(of: text)
            if let problem = Self.cWasTold(text.utf8.count, callsBefore: before, call) { return problem }
            let expected = Reference.checksum(of: text)
            return learner == expected ? nil : courseSame(learner as Any, expected as Any, call())
        }
    }

    /// checksum(ofBytes:) hashes exactly the bytes lent by [UInt8], Data, an ArraySlice and a raw buffer.
    func testChecksumOfLentBytesAgreesWithTheReferenceForEveryKindOfSource() {
        let bytes = Gen.int(in: 0...255).map { UInt8($0) }.array(maxCount: 80)
        forAll(zip(bytes, Gen.int(in: 0...3)), cases: 120) { bytes, kind in
            let expected = Reference.checksum(ofBytes: bytes)
            let before = UInt(cb_calls())
            let learner: UInt32, call: () -> String
            switch kind {
            case 0: learner = Submission.checksum(ofBytes: bytes); call = { "checksum(ofBytes: \(courseDescribe(bytes)) as [UInt8])" }
            case 1: learner = Submission.checksum(ofBytes: Data(bytes)); call = { "checksum(ofBytes: Data(\(courseDescribe(bytes))))" }
            case 2:
                let padded = [7] + bytes + [9]
                learner = Submission.checksum(ofBytes: padded[1..<(padded.count - 1)])
                call = { "checksum(ofBytes: ([7] + \(courseDescribe(bytes)) + [9])[1..<\(bytes.count + 1)])" }
            default:
                learner = bytes.withUnsafeBytes { Submission.checksum(ofBytes: $0) }
                call = { "checksum(ofBytes: an UnsafeRawBufferPointer over \(courseDescribe(bytes)))" }
            }
            if let problem = Self.cWasTold(bytes.count, callsBefore: before, call) { return problem }
            return learner == expected ? nil : courseSame(learner as Any, expected as Any, call())
        }
    }

    /// seededWords gives the reference's words for any count (0, 1, large) and seed (0 included), and asks C
    /// for exactly 4 bytes per word.
    func testSeededWordsAgreesWithTheReferenceForAnyCountAndSeed() {
        let seeds = Gen<UInt32>.oneOf([Gen.element(of: [0, 1, UInt32.max, 0x9E37_79B9]), Gen.int(in: 0...Int(UInt32.max)).map { UInt32($0) }])
        forAll(zip(Gen.int(in: 0...700), seeds), cases: 100) { count, seed in
            let call = { "seededWords(count: \(count), seed: \(seed))" }
            let before = UInt(cb_calls())
            let learner = Submission.seededWords(count: count, seed: seed)
            if count > 0, let problem = Self.cWasTold(count * 4, callsBefore: before, call) { return problem }
            let expected = Reference.seededWords(count: count, seed: seed)
            return learner == expected ? nil : courseSame(learner as Any, expected as Any, call())
        }
    }

    /// total(of:) is C's sum bit for bit (the sign of a zero, NaN, infinities, subnormals, huge and tiny
    /// values), and C is told the element count even for one element.
    func testTotalIsCsSumBitForBitOnAnyDoubles() {
        let doubles = Gen<[Double]>.frequency([(3, Gen.double.array(maxCount: 30)),
                                               (2, Gen.element(of: [-0.0, 0.0, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, -1e308]).array(in: 1...3)),
                                               (1, Gen.hugeWithSmallSpread)])
        forAll(doubles) { xs in
            let call = { "total(of: \(courseDescribe(xs)))" }
            let before = UInt(cb_calls())
            let learner = Submission.total(of: xs)
            if !xs.isEmpty, let problem = Self.cWasTold(xs.count, callsBefore: before, call) { return problem }
            let expected = Reference.total(of: xs)
            if learner.bitPattern == expected.bitPattern || (learner.isNaN && expected.isNaN) { return nil }
            return "for \(call()), the result is \(courseDescribe(learner)) (sign \(learner.sign == .minus ? "minus" : "plus")), expected \(courseDescribe(expected)) (sign \(expected.sign == .minus ? "minus" : "plus")): what cb_sum returns, bit for bit"
        }
    }
}
