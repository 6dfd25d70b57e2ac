import CourseHarness
@testable import Reference
import Foundation
import XCTest

/// Generated cases: the learner's comparators and cSort against the reference on pairs and arrays nobody
/// wrote down (any Int32, equal values, duplicates, sorted and reversed input, long arrays), on arrays that
/// share storage with a copy, and on sorts running at the same time in both directions.
final class GeneratedQsortTests: XCTestCase {
    static let int32 = Gen<Int32>.frequency([
        (3, Gen.int(in: Int(Int32.min)...Int(Int32.max)).map { Int32($0) }),
        (2, Gen.int(in: -5...5).map { Int32($0) }),
        (1, Gen.element(of: [Int32.min, Int32.max, Int32.min + 1, Int32.max - 1, 0, -1, 1])),
    ])

    /// Arrays: small values (many duplicates), any Int32, already sorted, reversed, all equal, long.
    static let arrays = Gen<[Int32]>.frequency([
        (3, int32.array(maxCount: 40)),
        (2, Gen.int(in: -3...3).map { Int32($0) }.array(maxCount: 30)),
        (1, int32.array(maxCount: 40).sortedArray),
        (1, int32.array(maxCount: 40).reversedArray),
        (1, zip(int32, Gen.int(in: 0...20)).map { Array(repeating: $0.0, count: $0.1) }),
        (1, int32.array(in: 300...1200)),
    ])

    static let concurrentRounds = 2000

    private static func call(_ comparator: Submission.Int32Comparator, _ x: Int32, _ y: Int32) -> Int32 {
        withUnsafePointer(to: x) { px in withUnsafePointer(to: y) { py in comparator(UnsafeRawPointer(px), UnsafeRawPointer(py)) } }
    }

    private static func sign(_ n: Int32) -> String { n < 0 ? "negative" : (n > 0 ? "positive" : "zero") }

    /// Each comparator gives the reference's sign (negative, zero, positive) for any pair, equal ones included,
    /// with both comparators obtained before either is used.
    func testComparatorsGiveTheReferenceSignForGeneratedPairs() {
        let pairs = Gen<(Int32, Int32)>.oneOf([zip(Self.int32, Self.int32), Self.int32.map { ($0, $0) }])
        forAll(zip(pairs, Gen.bool)) { pair, descending in
            let (x, y) = pair
            let learner = Submission.int32Comparator(descending: descending)
            let other = Submission.int32Comparator(descending: !descending)
            let got = Self.call(learner, x, y)
            _ = Self.call(other, x, y)
            let expected = withUnsafePointer(to: x) { px in
                withUnsafePointer(to: y) { py in Reference.int32Comparator(descending: descending)(UnsafeRawPointer(px), UnsafeRawPointer(py)) }
            }
            if Self.sign(got) == Self.sign(expected) { return nil }
            return "int32Comparator(descending: \(descending)) called with (\(x), \(y)) returned \(got) (\(Self.sign(got))), expected a \(Self.sign(expected)) result"
        }
    }

    /// cSort gives the reference's order for any array (duplicates, extremes, sorted, reversed, long) and direction.
    func testCSortAgreesWithTheReferenceOnGeneratedArrays() {
        forAll(zip(Self.arrays, Gen.bool), cases: 150) { values, descending in
            var learner = values
            Submission.cSort(&learner, descending: descending)
            var reference = values
            Reference.cSort(&reference, descending: descending)
            return courseSame(learner as Any, reference as Any, "var b = \(courseDescribe(values)); cSort(&b, descending: \(descending))")
        }
    }

    /// Sorting a copy (`let a = xs; var b = a; cSort(&b, …)`) leaves `a`, which shared b's storage, as it was.
    func testCSortOfACopyLeavesTheOriginalAlone() {
        let small = Gen.int(in: -9...9).map { Int32($0) }.array(in: 2...12)
        forAll(zip(small, Gen.bool)) { values, descending in
            let snapshot = values.map { $0 }   // storage of its own, to see whether `a` changed
            let a = values
            var b = a                          // shares storage with `a` until somebody writes
            Submission.cSort(&b, descending: descending)
            return courseSame(a as Any, snapshot as Any,
                              "let a = \(courseDescribe(values)); var b = a; cSort(&b, descending: \(descending)) (`a` must not change)")
        }
    }

    /// Sorts running at the same time on four threads, two ascending and two descending, each get their own
    /// direction every time.
    func testSortsRunningAtTheSameTimeInBothDirectionsKeepTheirOwnDirection() {
        final class Failures: @unchecked Sendable {
            private let lock = NSLock()
            private(set) var first: String?
            private(set) var count = 0
            func note(_ text: String) { lock.lock(); count += 1; if first == nil { first = text }; lock.unlock() }
        }
        let failures = Failures()
        courseConcurrently(4) { worker in
            let descending = worker % 2 == 1
            let start: [Int32] = (0..<64).map { Int32(($0 * 37) % 64) }   // 0..<64 scrambled
            let expected: [Int32] = descending ? Array((0..<64).reversed()) : Array(0..<64)
            for _ in 0..<Self.concurrentRounds {
                var values = start
                Submission.cSort(&values, descending: descending)
                if values != expected {
                    failures.note("cSort(&xs, descending: \(descending)) of 0..<64 scrambled gave \(courseDescribe(values)) while another thread sorted the other way")
                }
            }
        }
        if let first = failures.first {
            XCTFail("\(failures.count) of \(4 * Self.concurrentRounds) sorts running at the same time on 4 threads went wrong, for example \(first): each sort must use its own direction (no shared global)")
        }
    }
}
