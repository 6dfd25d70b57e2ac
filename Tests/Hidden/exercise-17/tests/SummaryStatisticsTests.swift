import XCTest

final class SummaryStatisticsTests: XCTestCase {
    /// 1...200 in a scrambled (but fixed) order: 37 and 200 share no factor, so every value
    /// appears once; the first element is 12 and the last is 175, neither the min nor the max.
    private let twoHundred: [Double] = (0..<200).map { (i: Int) -> Double in
        let rank: Int = (i * 37 + 11) % 200 + 1
        return Double(rank)
    }

    func testMinIsTheSmallestSampleEvenWhenTheInputIsUnsorted() throws {
        let summary = try XCTUnwrap(summarize([7, 3, 9, 5]), "four samples must give a summary, not nil")
        XCTAssertEqual(summary.min, 3, "min of [7, 3, 9, 5] is 3: do not take the first sample, sort or scan")
        XCTAssertEqual(summary.count, 4, "count is the number of samples")
    }

    func testMedianOfAnOddSizedSampleIsTheMiddleValue() throws {
        let summary = try XCTUnwrap(summarize([9, 1, 5, 3, 7]), "five samples must give a summary")
        XCTAssertEqual(summary.median, 5, "sorted [1, 3, 5, 7, 9]: the middle (3rd) value is 5")
    }

    func testMedianOfAnEvenSizedSampleIsTheMeanOfTheTwoMiddleValues() throws {
        let summary = try XCTUnwrap(summarize([10, 1, 4, 2]), "four samples must give a summary")
        XCTAssertEqual(summary.median, 3,
                       "sorted [1, 2, 4, 10]: the median is (2 + 4) / 2 = 3, not one of the two middle values")
        let six = try XCTUnwrap(summarize([30, 10, 60, 20, 50, 40]), "six samples must give a summary")
        XCTAssertEqual(six.median, 35, "sorted [10, 20, 30, 40, 50, 60]: the median is (30 + 40) / 2 = 35")
    }

    func testP99OfTenSamplesIsTheLargestBecauseTheRankIsRoundedUp() {
        let samples: [Double] = [4, 8, 1, 10, 3, 7, 2, 9, 6, 5]
        XCTAssertEqual(percentile(99, of: samples), 10,
                       "10 samples, p = 99: rank ceil(9.9) = 10, the largest sample (rounding the rank down gives 9)")
    }

    func testRanksAreRoundedUpNotDownNorToTheNearest() {
        let five: [Double] = [50, 10, 40, 20, 30]
        XCTAssertEqual(percentile(25, of: five), 20,
                       "5 samples, p = 25: rank ceil(1.25) = 2, so the 2nd smallest (20)")
        XCTAssertEqual(percentile(90, of: five), 50,
                       "5 samples, p = 90: rank ceil(4.5) = 5, so the largest (50)")
        let seven: [Double] = [70, 10, 60, 20, 50, 30, 40]
        XCTAssertEqual(percentile(30, of: seven), 30,
                       "7 samples, p = 30: rank ceil(2.1) = 3, so the 3rd smallest (30)")
    }

    func testPercentileReturnsASampleAndNeverInterpolates() {
        let ten: [Double] = [100, 10, 90, 20, 80, 30, 70, 40, 60, 50]
        XCTAssertEqual(percentile(50, of: ten), 50,
                       "10 samples, p = 50: rank 5, the 5th smallest (50); nearest rank does not average 50 and 60")
    }

    func testP99OfTwoHundredSamplesIsTheHundredAndNinetyEighthSmallest() {
        XCTAssertEqual(percentile(99, of: twoHundred), 198,
                       "200 samples 1...200, p = 99: rank 198 counting from 1, which is index 197 of the sorted array")
        XCTAssertEqual(percentile(50, of: twoHundred), 100,
                       "200 samples 1...200, p = 50: rank 100, the value 100")
        XCTAssertEqual(percentile(1, of: twoHundred), 2,
                       "200 samples 1...200, p = 1: rank 2, the value 2")
    }

    func testTheRankIsPTimesNDividedByAHundredSoFloatingPointDoesNotAddARank() {
        XCTAssertEqual(percentile(14, of: twoHundred), 28,
                       "200 samples 1...200, p = 14: 14 × 200 / 100 is exactly 28, so rank 28 and the value 28; computing 14 / 100 × 200 first gives 28.000000000000004, which rounds up to a wrong rank 29")
        let twentyFive: [Double] = (1...25).map { (i: Int) -> Double in
            let rank: Int = (i * 7) % 25 + 1
            return Double(rank)
        }
        XCTAssertEqual(percentile(28, of: twentyFive), 7,
                       "25 samples 1...25, p = 28: 28 × 25 / 100 is exactly 7, so the value at rank 7 is 7 (computing 28 / 100 × 25 first rounds up to rank 8)")
    }

    func testDuplicatesEachKeepTheirOwnRank() {
        let samples: [Double] = [5, 9, 1, 5, 9, 2, 9, 5, 1, 9]
        // Sorted: 1 1 2 5 5 5 9 9 9 9.
        XCTAssertEqual(percentile(50, of: samples), 5,
                       "sorted [1, 1, 2, 5, 5, 5, 9, 9, 9, 9], p = 50: rank 5 is 5; every repeated timing is a sample of its own, so do not remove duplicates")
        XCTAssertEqual(percentile(20, of: samples), 1,
                       "sorted [1, 1, 2, 5, 5, 5, 9, 9, 9, 9], p = 20: rank 2 is the second 1")
        XCTAssertEqual(percentile(30, of: samples), 2,
                       "sorted [1, 1, 2, 5, 5, 5, 9, 9, 9, 9], p = 30: rank 3 is 2")
        XCTAssertEqual(percentile(70, of: samples), 9,
                       "sorted [1, 1, 2, 5, 5, 5, 9, 9, 9, 9], p = 70: rank 7 is 9")
    }

    func testEveryPercentileOfASingleSampleIsThatSample() {
        for p in [0.0, 1, 50, 99, 100] {
            XCTAssertEqual(percentile(p, of: [42]), 42,
                           "one sample [42]: rank max(1, ceil(\(p) × 1 / 100)) is 1 for every p, so the answer is 42")
        }
    }

    func testP100IsTheLargestSampleAndP0IsTheSmallest() {
        XCTAssertEqual(percentile(100, of: twoHundred), 200, "p = 100: rank n, the largest sample")
        XCTAssertEqual(percentile(0, of: twoHundred), 1, "p = 0: the rank is at least 1, so the smallest sample")
        let unsorted: [Double] = [30, 50, 10, 40, 20]
        XCTAssertEqual(percentile(100, of: unsorted), 50,
                       "[30, 50, 10, 40, 20], p = 100: rank 5 of the SORTED samples, the largest (50), not the last element")
        XCTAssertEqual(percentile(0, of: unsorted), 10,
                       "[30, 50, 10, 40, 20], p = 0: rank 1 of the SORTED samples, the smallest (10), not the first element")
    }

    func testTheSummaryP99IsTheNearestRankPercentile() throws {
        let summary = try XCTUnwrap(summarize(twoHundred), "200 samples must give a summary")
        XCTAssertEqual(summary.p99, 198, "p99 of 1...200 is the value at rank 198")
        XCTAssertEqual(summary.count, 200, "count is the number of samples")
        XCTAssertEqual(summary.min, 1, "min of 1...200 is 1")
        XCTAssertEqual(summary.median, 100.5, "median of 1...200 is (100 + 101) / 2 = 100.5")
    }

    func testStandardDeviationIsTheSampleOneDividingByNMinusOne() throws {
        let summary = try XCTUnwrap(summarize([9, 2, 5, 4, 4, 7, 4, 5]), "eight samples must give a summary")
        // Mean 5, squared differences sum to 32: sample sd = sqrt(32 / 7), population sd = sqrt(32 / 8) = 2.
        XCTAssertEqual(summary.standardDeviation, (32.0 / 7.0).squareRoot(), accuracy: 1e-9,
                       "sample standard deviation of [2, 4, 4, 4, 5, 5, 7, 9] is sqrt(32 / 7) ≈ 2.138 (dividing by n = 8 gives 2, the population one)")
    }

    func testStandardDeviationOfTwoSamplesDividesByOne() throws {
        let two = try XCTUnwrap(summarize([3, 1]), "two samples must give a summary")
        // Mean 2, squared differences 1 + 1 = 2, n - 1 = 1.
        XCTAssertEqual(two.standardDeviation, 2.0.squareRoot(), accuracy: 1e-9,
                       "sample standard deviation of [1, 3] is sqrt(2 / 1) ≈ 1.414 (only ONE sample is defined as 0; dividing by n = 2 gives 1)")
        XCTAssertEqual(two.median, 2, "median of [1, 3] is (1 + 3) / 2 = 2")
        XCTAssertEqual(two.min, 1, "min of [3, 1] is 1")
        XCTAssertEqual(two.p99, 3, "2 samples, p = 99: rank ceil(1.98) = 2, the larger (3)")
        XCTAssertEqual(two.count, 2, "count is the number of samples")
    }

    func testStandardDeviationOfIdenticalSamplesOrOfOneSampleIsZero() throws {
        let one = try XCTUnwrap(summarize([42]), "a single sample must give a summary")
        XCTAssertEqual(one.standardDeviation, 0, "a single sample has standard deviation 0 (not NaN from 0 / 0)")
        XCTAssertEqual(one.min, 42, "min of [42] is 42")
        XCTAssertEqual(one.median, 42, "median of [42] is 42")
        XCTAssertEqual(one.p99, 42, "p99 of [42] is 42")
        let same = try XCTUnwrap(summarize([3, 3, 3]), "three samples must give a summary")
        XCTAssertEqual(same.standardDeviation, 0, accuracy: 1e-12, "identical samples do not spread at all")
    }

    func testNoSamplesGiveNoSummaryAndNoPercentile() {
        XCTAssertNil(summarize([]), "an empty sample has no min or median: summarize must return nil")
        XCTAssertNil(percentile(99, of: []), "an empty sample has no percentile: return nil")
    }

    func testARealisticSampleWithOneSlowOutlier() throws {
        let timings: [Double] = [10.4, 10.1, 10.2, 55.0, 10.3, 10.0, 10.2, 10.1, 10.3, 10.2]
        let summary = try XCTUnwrap(summarize(timings), "ten timings must give a summary")
        XCTAssertEqual(summary.min, 10.0, "min of the timings is 10.0")
        XCTAssertEqual(summary.median, 10.2, accuracy: 1e-9,
                       "sorted, the 5th and 6th timings are both 10.2, so the median is 10.2: the 55.0 outlier does not move it")
        XCTAssertEqual(summary.p99, 55.0, "with 10 samples p99 is the largest, the outlier itself")
        let mean = timings.reduce(0, +) / 10
        let squares = timings.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        XCTAssertEqual(summary.standardDeviation, (squares / 9).squareRoot(), accuracy: 1e-9,
                       "sample standard deviation divides the squared differences by n - 1 = 9")
    }
}
