import CourseHarness
@testable import Reference
import XCTest

final class GeneratedSpreadTests: XCTestCase {
    /// The spread agrees with the reference's on generated values.
    func testSpreadAgreesWithTheReference() {
        let values = Gen<[Double]>.oneOf([Gen.double(in: -1000...1000).array(maxCount: 30), Gen.hugeWithSmallSpread])
        forAll(values) { values in
            courseSame(Submission.spread(of: values), Reference.spread(of: values), "spread(of: \(courseDescribe(values)))", tolerance: 1e-6)
        }
    }
}
