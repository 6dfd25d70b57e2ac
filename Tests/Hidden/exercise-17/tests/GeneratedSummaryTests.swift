import CourseHarness
@testable import Reference
import XCTest

/// Generated cases: the learner's functions against the reference solution on inputs nobody wrote down
/// (large values with a small spread, fractional p, duplicates, long samples, negative and zero timings).
final class GeneratedSummaryTests: XCTestCase {
    /// Timings: small whole numbers (many duplicates), values with fractions, and large values close together.
    static let samples = Gen<[Double]>.frequency([
        (3, Gen.int(in: 0...20).map(Double.init).array(maxCount: 60)),
        (3, Gen.double(in: -1e6...1e6).array(maxCount: 60)),
        (2, Gen.hugeWithSmallSpread),
        (1, Gen.int(in: 1...5).map(Double.init).array(in: 150...400)),
    ])

    /// Every summary agrees with the reference's, field by field.
    func testSummarizeAgreesWithTheReferenceOnGeneratedSamples() {
        forAll(Self.samples) { samples in
            courseSame(Submission.summarize(samples) as Any, Reference.summarize(samples) as Any,
                       "summarize(\(courseDescribe(samples)))", tolerance: 1e-6)
        }
    }

    /// Every percentile, for whole and fractional p from 0 to 100, agrees with the reference's.
    func testPercentileAgreesWithTheReferenceForAnyPFrom0To100() {
        let p = Gen<Double>.oneOf([Gen.int(in: 0...100).map(Double.init), Gen.double(in: 0...100),
                                   Gen.element(of: [99.9, 99.99, 0.1, 0.5, 33.3, 66.7])])
        forAll(zip(p, Self.samples)) { p, samples in
            courseSame(Submission.percentile(p, of: samples) as Any, Reference.percentile(p, of: samples) as Any,
                       "percentile(\(p), of: \(courseDescribe(samples)))")
        }
    }
}
