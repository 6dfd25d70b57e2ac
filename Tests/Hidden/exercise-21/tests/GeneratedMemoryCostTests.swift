import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's estimators against the reference solution on types and values nobody wrote
/// down (zero-sized types, tuples, payload enums, digit boundaries of negative ints, repeated big ints).
final class GeneratedMemoryCostTests: XCTestCase {
    // The types measured below, as a learner can declare them to reproduce a failure.
    struct Empty {}
    struct Mixed { let a: Int8; let b: Int64; let c: Int8 }  // "Mixed"
    enum Payload { case none, small(Int8), big(Int64, Bool) }  // "Payload"

    /// A type to measure, with both modules' answers for it.
    struct Probe {
        let name: String
        let storage: (Int) -> (learner: Int, reference: Int)
        let padding: () -> (learner: Int, reference: Int)
    }

    static func probe<T>(_ type: T.Type, _ name: String) -> Probe {
        Probe(name: name,
              storage: { count in (Submission.arrayStorageBytes(of: type, count: count), Reference.arrayStorageBytes(of: type, count: count)) },
              padding: { (Submission.trailingPadding(of: type), Reference.trailingPadding(of: type)) })
    }

    static let probes: [Probe] = [
        probe(Void.self, "Void"), probe(Empty.self, "Empty"), probe(Int.self, "Int"), probe(Int8.self, "Int8"),
        probe(Bool.self, "Bool"), probe(Int?.self, "Int?"), probe(Bool?.self, "Bool?"), probe(Double?.self, "Double?"),
        probe(UInt16?.self, "UInt16?"), probe(String.self, "String"), probe(Character.self, "Character"),
        probe((Int8, Int64).self, "(Int8, Int64)"), probe((Int64, Int8).self, "(Int64, Int8)"),
        probe(Mixed.self, "Mixed"), probe(Payload.self, "Payload"),
        probe([Int].self, "[Int]"), probe(SIMD3<Float>.self, "SIMD3<Float>"), probe(Int32?.self, "Int32?"),
        probe((Bool, Bool, Bool).self, "(Bool, Bool, Bool)"), probe(Empty?.self, "Empty?"),
    ]

    static let probeGen = Gen.int(in: 0...(probes.count - 1)).map { probes[$0] }

    /// Ints around every boundary the rules have: the small-int cache, 30-bit digits (both signs), the extremes.
    static let pythonInt = Gen<Int>.edges(
        [0, -5, -6, 256, 257, 1 << 30, (1 << 30) - 1, -(1 << 30), -(1 << 30) + 1, -(1 << 30) - 1, 1 << 60, (1 << 60) - 1,
         -(1 << 60), -(1 << 60) - 1, -(1 << 60) + 1, Int.min, Int.min + 1, Int.max, 1000, -1000],
        else: Gen.frequency([(2, Gen.int(in: -10...300)), (2, Gen.int)]))

    /// Array storage agrees with the reference for many kinds of type (zero-sized ones too) and counts.
    func testArrayStorageBytesAgreesWithTheReferenceForGeneratedTypesAndCounts() {
        forAll(zip(Self.probeGen, Gen.int(in: 0...1_000_000)), describe: { "(\($0.0.name), count: \($0.1))" }) { probe, count in
            let (learner, reference) = probe.storage(count)
            return courseSame(learner, reference, "arrayStorageBytes(of: \(probe.name).self, count: \(count))")
        }
    }

    /// Trailing padding agrees with the reference for every kind of type, zero-sized ones included.
    func testTrailingPaddingAgreesWithTheReferenceForEveryKindOfType() {
        for probe in Self.probes {
            let (learner, reference) = probe.padding()
            if let problem = courseSame(learner, reference, "trailingPadding(of: \(probe.name).self)") { XCTFail(problem) }
        }
    }

    /// The size of one Python int agrees with the reference at every digit boundary, negative ones included.
    func testPythonIntObjectBytesAgreesWithTheReferenceOnGeneratedInts() {
        forAll(Self.pythonInt) { value in
            courseSame(Submission.pythonIntObjectBytes(value), Reference.pythonIntObjectBytes(value), "pythonIntObjectBytes(\(value))")
        }
    }

    /// The size of a list agrees with the reference, with repeated big ints and small ints mixed in.
    func testPythonIntListBytesAgreesWithTheReferenceOnGeneratedLists() {
        let lists = Gen<[Int]>.oneOf([Self.pythonInt.array(maxCount: 30),
                                      Gen.element(of: [1000, 256, 257, -5, -6, 0, 1 << 40]).array(maxCount: 30)])
        forAll(lists) { values in
            courseSame(Submission.pythonIntListBytes(values), Reference.pythonIntListBytes(values),
                       "pythonIntListBytes(\(courseDescribe(values)))")
        }
    }
}
