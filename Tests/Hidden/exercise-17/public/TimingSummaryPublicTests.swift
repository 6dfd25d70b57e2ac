import XCTest

final class TimingSummaryPublicTests: XCTestCase {
    /// The lesson's ten timings, in the order they were measured.
    private let lessonTimings = [10.4, 10.1, 10.2, 55.0, 10.3, 10.0, 10.2, 10.1, 10.3, 10.2]

    /// The lesson's sample: min 10.0, median 10.2, and p99 the slow 55.0 run.
    func testTheLessonsSampleSummarized() throws {
        let summary = try XCTUnwrap(summarize(lessonTimings), "ten samples have a summary")
        XCTAssertEqual(summary.count, 10, "ten samples")
        XCTAssertEqual(summary.min, 10.0, "the smallest sample, wherever it is in the input")
        XCTAssertEqual(summary.median, 10.2, "the 5th and 6th sorted samples are both 10.2")
        XCTAssertEqual(summary.p99, 55.0, "rank ceil(99 × 10 / 100) = 10: the largest sample")
    }

    /// Nearest rank counts from 1: p0 is the smallest sample, p100 the largest.
    func testPercentileRanksCountFromOne() {
        XCTAssertEqual(percentile(0, of: lessonTimings), 10.0, "p0 has rank 1, the smallest sample")
        XCTAssertEqual(percentile(100, of: lessonTimings), 55.0, "p100 has rank n, the largest sample")
    }

    /// As Python's statistics.median([1, 2, 4, 10]): an even count gives the mean of the middle two, 3.
    func testTheMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() throws {
        XCTAssertEqual(try XCTUnwrap(summarize([10, 1, 4, 2])).median, 3, "the middle two of 1, 2, 4, 10 are 2 and 4")
    }
}
