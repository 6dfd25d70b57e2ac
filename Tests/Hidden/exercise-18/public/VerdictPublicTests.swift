import XCTest

final class VerdictPublicTests: XCTestCase {
    /// The lesson's example: medians 10 and 5 say 2x, and the ranges are apart, so faster.
    func testTheLessonsExampleIsTwiceAsFast() {
        let result = compare(baseline: [10, 10, 100, 10, 10], candidate: [5, 5, 5, 6, 5])
        XCTAssertEqual(result.speedup, 2, "the speed-up is the ratio of medians, 10 / 5, not of means")
        XCTAssertEqual(result.verdict, .faster, "5...6 does not overlap 10...100")
    }

    /// The median of an even count is the mean of the two middle values.
    func testTheMedianOfFourTimings() {
        XCTAssertEqual(medianOf([10, 1, 4, 2]), 3, "the middle two of 1, 2, 4, 10 are 2 and 4")
    }
}
