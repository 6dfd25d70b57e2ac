import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's uniqueInOrder and commonElements against the reference solution on inputs
/// nobody wrote down (hashes that collide, equal items that are still distinguishable, NaN, -0.0, text).
final class GeneratedHotSpotTests: XCTestCase {
    /// A legal Hashable whose == looks at `key` only and whose hash looks at `key % 3` only: equal items can
    /// differ in `tag` (which instance comes out shows), and different keys share hashes.
    struct Tagged: Hashable, CustomStringConvertible {
        let key: Int
        let tag: Int
        static func == (a: Tagged, b: Tagged) -> Bool { a.key == b.key }
        func hash(into hasher: inout Hasher) { hasher.combine(key % 3) }
        var description: String { "Tagged(key: \(key), tag: \(tag))" }
    }

    static let tagged = zip(Gen.int(in: 0...9), Gen.int(in: 0...99)).map { Tagged(key: $0, tag: $1) }
    static let taggedLists = tagged.array(maxCount: 40)
    static let ints = Gen<[Int]>.frequency([(3, Gen.int(in: -5...5).array(maxCount: 40)), (1, Gen.int.array(maxCount: 60))])
    static let doubles = Gen.element(of: [0.0, -0.0, .nan, 1, -1, .infinity]).array(maxCount: 12)
    static let texts = Gen.element(of: ["e\u{301}", "\u{e9}", "a", "A", "", "\u{0}", "\u{0}a", "Å", "A\u{30A}", "\u{212B}", "😀"])
        .array(maxCount: 12)

    /// Doubles written out so that -0.0 and 0.0 (equal under ==) and every NaN stay visible.
    static func spelled(_ values: [Double]) -> [String] { values.map { "\($0)" } }

    /// uniqueInOrder agrees with the reference on Ints with many duplicates and on extreme Ints.
    func testUniqueInOrderAgreesWithTheReferenceOnGeneratedInts() {
        forAll(Self.ints, cases: 100) { items in
            courseSame(Submission.uniqueInOrder(items) as Any, Reference.uniqueInOrder(items) as Any,
                       "uniqueInOrder(\(courseDescribe(items)))")
        }
    }

    /// uniqueInOrder keeps the FIRST of equal items, never merges items whose hashes merely collide.
    func testUniqueInOrderKeepsTheFirstOfEqualItemsAndSeparatesCollidingHashes() {
        forAll(Self.taggedLists, cases: 100) { items in
            courseSame(Submission.uniqueInOrder(items) as Any, Reference.uniqueInOrder(items) as Any,
                       "uniqueInOrder(\(items)) (== compares key only, the hash uses key % 3)")
        }
    }

    /// uniqueInOrder on Doubles (0.0 and -0.0 are equal, NaN equals nothing) and on canonically equal text.
    func testUniqueInOrderAgreesOnSignedZerosNaNAndCanonicallyEqualText() {
        forAll(Self.doubles, cases: 100) { items in
            courseSame(Self.spelled(Submission.uniqueInOrder(items)) as Any, Self.spelled(Reference.uniqueInOrder(items)) as Any,
                       "uniqueInOrder([\(Self.spelled(items).joined(separator: ", "))])")
        }
        forAll(Self.texts, cases: 100) { items in
            courseSame(Submission.uniqueInOrder(items) as Any, Reference.uniqueInOrder(items) as Any,
                       "uniqueInOrder(\(courseDescribe(items)))")
        }
    }

    /// commonElements agrees with the reference: left's order, left's duplicates and left's own instances.
    func testCommonElementsAgreesWithTheReferenceOnGeneratedLists() {
        forAll(zip(Self.ints, Self.ints), cases: 100) { left, right in
            courseSame(Submission.commonElements(left, right) as Any, Reference.commonElements(left, right) as Any,
                       "commonElements(\(courseDescribe(left)), \(courseDescribe(right)))")
        }
        forAll(zip(Self.taggedLists, Self.taggedLists), cases: 100) { left, right in
            courseSame(Submission.commonElements(left, right) as Any, Reference.commonElements(left, right) as Any,
                       "commonElements(\(left), \(right)) (== compares key only, the hash uses key % 3)")
        }
        forAll(zip(Self.doubles, Self.doubles), cases: 100) { left, right in
            courseSame(Self.spelled(Submission.commonElements(left, right)) as Any,
                       Self.spelled(Reference.commonElements(left, right)) as Any,
                       "commonElements([\(Self.spelled(left).joined(separator: ", "))], [\(Self.spelled(right).joined(separator: ", "))])")
        }
        forAll(zip(Self.texts, Self.texts), cases: 100) { left, right in
            courseSame(Submission.commonElements(left, right) as Any, Reference.commonElements(left, right) as Any,
                       "commonElements(\(courseDescribe(left)), \(courseDescribe(right)))")
        }
    }
}
