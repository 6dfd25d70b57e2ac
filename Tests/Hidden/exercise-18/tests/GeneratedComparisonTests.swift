import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's median and comparison against the reference solution on samples nobody
/// wrote down (zero timings, long samples, ranges that touch at an extreme run, large values close together).
final class GeneratedComparisonTests: XCTestCase {
    /// Durations (never negative): whole numbers in a narrow band (many duplicates and touching ranges),
    /// zeros, fractions, and large values close together.
    static let sample = Gen<[Double]>.frequency([
        (4, zip(Gen.int(in: 0...30), Gen.int(in: 0...10)).flatMap { low, span in
            Gen.int(in: low...(low + span)).map(Double.init).array(in: 1...12)
        }),
        (1, Gen.element(of: [0, 1]).array(in: 1...6)),
        (2, Gen.double(in: 0...1e6).array(in: 1...40)),
        (2, Gen.hugeWithSmallSpread),
        (1, Gen.int(in: 1...9).map(Double.init).array(in: 60...150)),
    ])

    /// The median of any non-empty sample agrees with the reference's.
    func testMedianAgreesWithTheReferenceOnGeneratedSamples() {
        forAll(Self.sample) { samples in
            courseSame(Submission.medianOf(samples) as Any, Reference.medianOf(samples) as Any,
                       "medianOf(\(courseDescribe(samples)))")
        }
    }

    /// Verdict and speed-up agree with the reference's for generated baselines and candidates.
    func testCompareAgreesWithTheReferenceOnGeneratedSamples() {
        forAll(zip(Self.sample, Self.sample)) { baseline, candidate in
            courseSame(Submission.compare(baseline: baseline, candidate: candidate) as Any,
                       Reference.compare(baseline: baseline, candidate: candidate) as Any,
                       "compare(baseline: \(courseDescribe(baseline)), candidate: \(courseDescribe(candidate)))")
        }
    }
}
